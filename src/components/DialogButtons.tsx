/**
 * The header's "Download" and "Share / Embed" buttons. Their dialogs (and the export code behind
 * them) load on first open, so they cost nothing at start-up; focus returns to the button on close.
 */
import { lazy, Suspense, useRef, useState } from "react";
import type { ComponentType } from "react";
import { messages } from "../i18n/messages.ts";
import { useTimeline } from "../state/StoreProvider.tsx";

type DialogComponent = ComponentType<{ onClose: () => void }>;

const DownloadDialog = lazy(() => import("./DownloadDialog.tsx").then((m) => ({ default: m.DownloadDialog })));
const ShareDialog = lazy(() => import("./ShareDialog.tsx").then((m) => ({ default: m.ShareDialog })));

function DialogButton({ label, title, className, Dialog }: { label: string; title: string; className: string; Dialog: DialogComponent }) {
  const ready = useTimeline((s) => s.dataset !== null);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button ref={button} type="button" className={className} aria-haspopup="dialog" title={title} disabled={!ready} onClick={() => setOpen(true)}>
        {label}
      </button>
      {open && (
        <Suspense fallback={null}>
          <Dialog
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}

export function DownloadButton() {
  const t = messages[useTimeline((s) => s.lang)];
  return <DialogButton label={t.download} title={t.downloadHelp} className="share-button download-button" Dialog={DownloadDialog} />;
}

export function ShareButton() {
  const t = messages[useTimeline((s) => s.lang)];
  return <DialogButton label={t.shareEmbed} title={t.shareEmbedHelp} className="share-button" Dialog={ShareDialog} />;
}
