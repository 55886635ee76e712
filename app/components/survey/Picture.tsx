/** An easy-read picture. The words beside it say the same thing, so it is decorative. */
export function Picture({ id, size = "medium" }: { id?: string; size?: "medium" | "large" }) {
  if (!id) return null;
  return (
    <img
      className={`picture picture--${size}`}
      src={`/pictures/${id}.svg`}
      alt=""
      width={64}
      height={64}
    />
  );
}
