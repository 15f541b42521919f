/** A facet with thousands of values lists a page of them at a time, never thousands of checkboxes. */
import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { FACET_PAGE, FacetPicker } from "../../src/components/FacetPicker.tsx";
import { messages } from "../../src/i18n/messages.ts";

const values = Array.from({ length: 1_500 }, (_, i) => ({ value: `Actor ${i}`, count: 1_500 - i }));

function renderPicker(selected: string[] = []) {
  const onChange = vi.fn();
  render(<FacetPicker title="Actors" values={values} selected={selected} t={messages.en} onChange={onChange} />);
  return { onChange, list: screen.getByRole("list", { name: "Actors" }) };
}

const boxes = (list: HTMLElement) => within(list).getAllByRole("checkbox", { hidden: true });

describe("<FacetPicker> with many values", () => {
  it("lists the first page, most frequent first, and shows more on request", async () => {
    const { list } = renderPicker();
    expect(boxes(list)).toHaveLength(FACET_PAGE);
    expect(boxes(list)[0]!.closest("li")?.textContent).toBe("Actor 0 1500");
    await userEvent.click(screen.getByRole("button", { name: `Show ${FACET_PAGE} more (${1_500 - FACET_PAGE} not shown)`, hidden: true }));
    expect(boxes(list)).toHaveLength(2 * FACET_PAGE);
  });

  it("keeps a selected value listed, checked, however far down it is", () => {
    const { list } = renderPicker(["Actor 1234"]);
    expect(boxes(list)).toHaveLength(FACET_PAGE + 1);
    expect((within(list).getByRole("checkbox", { name: /Actor 1234/, hidden: true }) as HTMLInputElement).checked).toBe(true);
  });

  it("searching narrows the list to what matches, past the first page", async () => {
    const { list } = renderPicker();
    await userEvent.type(screen.getByRole("searchbox", { name: "Find in Actors", hidden: true }), "actor 14");
    // "Actor 14", "Actor 140"–"Actor 149", "Actor 1400"–"Actor 1499": 111 matches.
    expect(boxes(list)).toHaveLength(FACET_PAGE);
    expect(screen.getByRole("button", { name: "Show 11 more (11 not shown)", hidden: true })).toBeTruthy();
    await userEvent.type(screen.getByRole("searchbox", { name: "Find in Actors", hidden: true }), "99");
    expect(boxes(list).map((b) => b.closest("li")?.textContent)).toEqual(["Actor 1499 1"]);
    expect(screen.queryByRole("button", { name: /more/, hidden: true })).toBeNull();
  });
});
