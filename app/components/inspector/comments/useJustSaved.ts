import { useLocation, useNavigation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";

/**
 * With JavaScript, which comment was just saved (codes, or a transcript that became one): the
 * page stays where it was (focus on the comment, not the top of the page) and says "Saved" at
 * the comment and to screen readers. Deleting a recording is not a save; going to another
 * page or filter forgets it.
 */
export function useJustSaved(): string | undefined {
  const navigation = useNavigation();
  const location = useLocation();
  const saving = useRef(false);
  const [saved, setSaved] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (navigation.state === "submitting" && navigation.formMethod?.toUpperCase() === "POST") {
      saving.current = navigation.formData?.get("intent") !== "discard";
      setSaved(undefined);
    } else if (navigation.state === "loading" && !navigation.formMethod) {
      setSaved(undefined);
    } else if (navigation.state === "idle" && saving.current) {
      saving.current = false;
      // The action's redirect names the saved comment: #comment-<id>.
      setSaved(location.hash.startsWith("#comment-") ? location.hash.slice(9) : "");
    }
  }, [navigation.state, navigation.formMethod, navigation.formData, location.hash]);
  return saved;
}
