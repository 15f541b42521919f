import { afterEach, describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { ShareButton } from "../../src/components/DialogButtons.tsx";
import { parseDataset } from "../../src/data/parseDataset.ts";
import type { UiLanguage } from "../../src/i18n/locales.ts";
import { StoreProvider } from "../../src/state/StoreProvider.tsx";
import { createTimelineStore } from "../../src/state/store.ts";
import { validDataset } from "../helpers/datasetFixture.ts";

function renderShare(lang: UiLanguage = "en") {
  const result = parseDataset(validDataset());
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const store = createTimelineStore({ lang });
  store.getState().setDataset(result.dataset);
  store.getState().setFilters({ categories: ["protest"] });
  store.getState().setDomain([Date.UTC(2024, 6, 28), Date.UTC(2024, 7, 3)]);
  const user = userEvent.setup();
  const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
  // After setup(): user-event installs its own clipboard stub there.
  Object.defineProperty(window.navigator, "clipboard", { value: { writeText }, configurable: true });
  render(
    <StoreProvider store={store}>
      <ShareButton />
    </StoreProvider>,
  );
  return { store, user, writeText };
}

async function open(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Share / Embed" }));
  // The dialog's code loads on first open: on a busy machine that can take longer than the 1 s default.
  return screen.findByRole("dialog", { name: "Share or embed this view" }, { timeout: 10_000 });
}

const code = () => (screen.getByRole("textbox", { name: "Embed code" }) as HTMLTextAreaElement).value;
const preview = () => screen.getByTitle("Preview: Cronica: Fixture timeline") as HTMLIFrameElement;

afterEach(() => {
  Reflect.deleteProperty(window.navigator, "clipboard");
});

describe("<ShareButton>", () => {
  it("opens a named dialog with the permalink and the plain snippet by default", async () => {
    const { user } = renderShare();
    expect(screen.queryByRole("dialog")).toBeNull();
    const dialog = await open(user);
    expect(dialog.hasAttribute("open")).toBe(true);
    expect((within(dialog).getByRole("textbox", { name: "Link to this view" }) as HTMLInputElement).value).toBe("http://localhost:3000/?cat=protest");
    expect(within(dialog).getByRole("radio", { name: /^Plain iframe/ })).toHaveProperty("checked", true);
    expect(code()).toBe(
      '<iframe src="http://localhost:3000/?embed=1&amp;lang=en&amp;cat=protest&amp;from=2024-07-28&amp;to=2024-08-02&amp;controls=compact&amp;theme=light" width="100%" height="600" title="Cronica: Fixture timeline" loading="lazy" style="border:0"></iframe>',
    );
    expect(code()).not.toContain("<script");
    expect(preview().getAttribute("src")).toBe("http://localhost:3000/?embed=1&lang=en&cat=protest&from=2024-07-28&to=2024-08-02&controls=compact&theme=light");
    expect(preview().getAttribute("height")).toBe("600");
  });

  it("switching to responsive adds the marker and the embed.js script tag", async () => {
    const { user } = renderShare();
    await open(user);
    await user.click(screen.getByRole("radio", { name: /^Responsive/ }));
    expect(code()).toContain(" data-cronica-embed>");
    expect(code()).toContain('<script src="http://localhost:3000/embed.js" async></script>');
  });

  it("language, controls, theme and height update the snippet and the preview", async () => {
    const { user } = renderShare();
    await open(user);
    await user.selectOptions(screen.getByRole("combobox", { name: "Language" }), "es");
    await user.selectOptions(screen.getByRole("combobox", { name: "Controls" }), "full");
    await user.selectOptions(screen.getByRole("combobox", { name: "Theme" }), "dark");
    const height = screen.getByRole("spinbutton", { name: /^Height in pixels/ });
    await user.clear(height);
    await user.type(height, "450");
    expect(code()).toContain("lang=es&amp;");
    expect(code()).toContain("controls=full&amp;theme=dark");
    expect(code()).toContain('height="450"');
    expect(code()).toContain('title="Cronica: Cronología de prueba"');
    const frame = screen.getByTitle("Preview: Cronica: Cronología de prueba") as HTMLIFrameElement;
    expect(frame.getAttribute("src")).toContain("lang=es&cat=protest");
    expect(frame.getAttribute("src")).toContain("controls=full&theme=dark");
    expect(frame.getAttribute("height")).toBe("450");
  });

  it("an out-of-range height is clamped, and shown clamped once the field is left", async () => {
    const { user } = renderShare();
    await open(user);
    const height = screen.getByRole("spinbutton", { name: /^Height in pixels/ }) as HTMLInputElement;
    await user.clear(height);
    await user.type(height, "50");
    expect(code()).toContain('height="320"');
    await user.tab();
    expect(height.value).toBe("320");
  });

  it("Copy writes the snippet or the link to the clipboard and says 'Copied'", async () => {
    const { user, writeText } = renderShare();
    await open(user);
    await user.click(screen.getByRole("button", { name: "Copy code" }));
    expect(writeText).toHaveBeenCalledWith(code());
    expect(screen.getByRole("status").textContent).toBe("Copied");
    await user.click(screen.getByRole("button", { name: "Copy link" }));
    expect(writeText).toHaveBeenLastCalledWith("http://localhost:3000/?cat=protest");
  });

  it("without a clipboard, Copy selects the field, falls back to execCommand, and says when that fails", async () => {
    const { user } = renderShare();
    Reflect.deleteProperty(window.navigator, "clipboard");
    Object.defineProperty(window.navigator, "clipboard", { value: undefined, configurable: true });
    const execCommand = vi.fn(() => false);
    Object.defineProperty(document, "execCommand", { value: execCommand, configurable: true });
    try {
      await open(user);
      await user.click(screen.getByRole("button", { name: "Copy code" }));
      expect(execCommand).toHaveBeenCalledWith("copy");
      expect(screen.getByRole("status").textContent).toBe("Copy failed: select the text and press Ctrl+C");
      execCommand.mockReturnValue(true);
      await user.click(screen.getByRole("button", { name: "Copy link" }));
      expect(screen.getByRole("status").textContent).toBe("Copied");
    } finally {
      Reflect.deleteProperty(document, "execCommand");
    }
  });

  it("Escape closes the dialog and returns focus to the button", async () => {
    const { user } = renderShare();
    await open(user);
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "Link to this view" }));
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(screen.queryByTitle(/^Preview/)).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Share / Embed" }));
  });

  it("the close button closes the dialog and returns focus to the button", async () => {
    const { user } = renderShare();
    await open(user);
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Share / Embed" }));
  });

  it("speaks Spanish", async () => {
    const { user } = renderShare("es");
    await user.click(screen.getByRole("button", { name: "Compartir / Insertar" }));
    expect(screen.getByRole("dialog", { name: "Compartir o insertar esta vista" })).toBeTruthy();
    expect((screen.getByRole("textbox", { name: "Código para insertar" }) as HTMLTextAreaElement).value).toContain('title="Cronica: Cronología de prueba"');
  });
});
