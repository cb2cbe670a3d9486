import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { copyText, type CopyOutcome } from '../copy-text.js';

interface Props {
  label: string;
  /** What is copied, as the messages name it mid-sentence: "cURL command", "body". */
  what: string;
  text: () => string;
  disabled?: boolean;
}

/**
 * A button that copies text and says what happened: copied, or refused, in which case the text
 * is shown selected in a field so that Ctrl+C copies it.
 */
export function CopyButton({ label, what, text, disabled }: Props) {
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
        {outcome?.result === 'copied' && `Copied the ${what}.`}
        {outcome?.result === 'refused' && `The browser refused to copy here: the ${what} is selected below, press Ctrl+C (⌘C on a Mac) to copy it.`}
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
