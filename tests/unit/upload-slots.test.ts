import { describe, expect, it } from "vitest";
import { UploadSlots } from "~/platform/upload-slots.server";

describe("upload slots", () => {
  it("take as many uploads at once as there are slots, and no more until one is given back", () => {
    const slots = new UploadSlots(4);
    const taken = ["a", "b", "c", "d"].map((client) => slots.take(client));
    expect(taken.every(Boolean)).toBe(true);
    expect(slots.take("e")).toBeUndefined();
    taken[0]!();
    expect(slots.take("e")).toBeDefined();
    expect(slots.inUse).toBe(4);
  });

  it("give one client at most half of them, so one sender cannot take every slot", () => {
    const slots = new UploadSlots(4);
    expect(slots.perClient).toBe(2);
    const first = slots.take("school");
    expect(slots.take("school")).toBeDefined();
    expect(slots.take("school")).toBeUndefined();
    // Others still get the rest.
    expect(slots.take("home")).toBeDefined();
    first!();
    expect(slots.take("school")).toBeDefined();
  });

  it("count a slot given back twice once", () => {
    const slots = new UploadSlots(2);
    const release = slots.take("a")!;
    release();
    release();
    expect(slots.inUse).toBe(0);
    expect(slots.take("a")).toBeDefined();
    expect(slots.take("b")).toBeDefined();
    expect(slots.take("c")).toBeUndefined();
  });

  it("let a single slot go to anyone, one at a time", () => {
    const slots = new UploadSlots(1);
    expect(slots.perClient).toBe(1);
    expect(slots.take("a")).toBeDefined();
    expect(slots.take("b")).toBeUndefined();
  });
});
