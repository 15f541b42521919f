/**
 * A native <dialog> shown as a modal while its component is mounted: Escape and the browser's
 * cancel close it through `close`, which leaves the top layer before calling `onClose` (while the
 * modal is up the rest of the page is inert and cannot take focus back). Where showModal is
 * missing (jsdom, very old browsers) the dialog is simply opened.
 */
import { useEffect, useRef } from "react";
import type { KeyboardEvent, RefObject, SyntheticEvent } from "react";

export function useModalDialog(onClose: () => void, initialFocus?: RefObject<HTMLElement | null> | (() => HTMLElement | null)) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    // StrictMode runs this twice: open once.
    if (typeof d.showModal === "function") {
      if (!d.open) d.showModal();
    } else d.setAttribute("open", "");
    const target = typeof initialFocus === "function" ? initialFocus() : initialFocus?.current;
    target?.focus();
    // The initial focus is chosen once, on opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const close = () => {
    const d = dialog.current;
    if (d && typeof d.close === "function" && d.open) d.close();
    else d?.removeAttribute("open");
    onClose();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Escape") return;
    e.preventDefault();
    close();
  };
  const onCancel = (e: SyntheticEvent) => {
    e.preventDefault();
    close();
  };
  return { dialog, close, dialogProps: { ref: dialog, onKeyDown, onCancel } };
}
