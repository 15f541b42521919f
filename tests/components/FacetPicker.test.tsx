/** A facet with thousands of values lists a page of them at a time, never thousands of checkboxes. */
import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { FACET_PAGE, FacetPicker } from "../../src/components/FacetPicker.tsx";
import { messages } from "../../src/i18n/messages.ts";

const values = Array.from({ length: 1_500 }, (_, i) => ({ value: `Actor ${i}`, count: 1_500 - i }));

/** Rendered and opened, as a reader opens it. */
async function renderPicker(selected: string[] = []) {
  const onChange = vi.fn();
  render(<FacetPicker title="Actors" values={values} selected={selected} t={messages.en} onChange={onChange} />);
  await userEvent.click(screen.getByText("Actors"));
  return { onChange, list: screen.getByRole("list", { name: "Actors" }) };
}

const boxes = (list: HTMLElement) => within(list).getAllByRole("checkbox");

describe("<FacetPicker> with many values", () => {
  it("lists the first page, most frequent first, and shows more on request", async () => {
    const { list } = await renderPicker();
    expect(boxes(list)).toHaveLength(FACET_PAGE);
    expect(boxes(list)[0]!.closest("li")?.textContent).toBe("Actor 0 1500");
    await userEvent.click(screen.getByRole("button", { name: `Show ${FACET_PAGE} more (${1_500 - FACET_PAGE} not shown)` }));
    expect(boxes(list)).toHaveLength(2 * FACET_PAGE);
  });

  it("keeps a selected value listed, checked, however far down it is", async () => {
    const { list } = await renderPicker(["Actor 1234"]);
    expect(boxes(list)).toHaveLength(FACET_PAGE + 1);
    expect((within(list).getByRole("checkbox", { name: /Actor 1234/ }) as HTMLInputElement).checked).toBe(true);
  });

  it("searching narrows the list to what matches, past the first page", async () => {
    const { list } = await renderPicker();
    await userEvent.type(screen.getByRole("searchbox", { name: "Find in Actors" }), "actor 14");
    // "Actor 14", "Actor 140"–"Actor 149", "Actor 1400"–"Actor 1499": 111 matches.
    expect(boxes(list)).toHaveLength(FACET_PAGE);
    expect(screen.getByRole("button", { name: "Show 11 more (11 not shown)" })).toBeTruthy();
    await userEvent.type(screen.getByRole("searchbox", { name: "Find in Actors" }), "99");
    expect(boxes(list).map((b) => b.closest("li")?.textContent)).toEqual(["Actor 1499 1"]);
    expect(screen.queryByRole("button", { name: /more/ })).toBeNull();
  });

  it("closed, it holds no list; the summary opens and closes it", async () => {
    render(<FacetPicker title="Actors" values={values} selected={[]} t={messages.en} onChange={vi.fn()} />);
    const details = screen.getByText("Actors").closest("details")!;
    expect(details.open).toBe(false);
    expect(details.querySelectorAll("input")).toHaveLength(0);
    await userEvent.click(screen.getByText("Actors"));
    expect(details.open).toBe(true);
    expect(boxes(screen.getByRole("list", { name: "Actors" }))).toHaveLength(FACET_PAGE);
    await userEvent.click(screen.getByText("Actors"));
    expect(details.open).toBe(false);
    expect(screen.queryByRole("list", { name: "Actors" })).toBeNull();
  });

  it("opened by the browser itself (find in page), it lists its values too", () => {
    render(<FacetPicker title="Actors" values={values} selected={[]} t={messages.en} onChange={vi.fn()} />);
    const details = screen.getByText("Actors").closest("details")!;
    details.open = true;
    fireEvent(details, new Event("toggle"));
    expect(boxes(screen.getByRole("list", { name: "Actors" }))).toHaveLength(FACET_PAGE);
  });
});
