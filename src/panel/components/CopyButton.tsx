import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { copyText, type CopyOutcome } from '../copy-text.js';

interface Props {
  label: string;
  /** What is said once copied: "Copied the cURL command." */
  copied: string;
  /** What is said when the browser refused: the text is selected below, to copy by hand. */
  refused: string;
  /** What the field of text to copy by hand is called: "cURL command". */
  what: string;
  text: () => string;
  disabled?: boolean;
}

/**
 * A button that copies text and says what happened: copied, or refused, in which case the text
 * is shown selected in a field so that Ctrl+C copies it.
 */
export function CopyButton({ label, copied, refused, what, text, disabled }: Props) {
  const [outcome, setOutcome] = useState<{ result: CopyOutcome; text: string }>();
  const copy = async () => {
    const value = text();
    setOutcome({ result: await copyText(value), text: value });
  };
  return (
    <>
      <button type="button" disabled={disabled} onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" class="copy-status">
        {outcome?.result === 'copied' && copied}
        {outcome?.result === 'refused' && refused}
      </span>
      {outcome?.result === 'refused' && <ManualCopy label={what} text={outcome.text} />}
    </>
  );
}

export function ManualCopy({ label, text }: { label: string; text: string }) {
  const field = useRef<HTMLTextAreaElement>(null);
  // Before the paint: the field appears already selected, with the message that says so.
  useLayoutEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [text]);
  return <textarea ref={field} class="manual-copy" readOnly aria-label={label} value={text} rows={3} />;
}
