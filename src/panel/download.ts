/**
 * Saves text as a file through a download link (a Blob URL on an `a[download]`): what a panel
 * can do without the `downloads` permission. The link is in the document while it is clicked,
 * which Firefox needs.
 */
export function downloadText(text: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the URL once the click's default action ran; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
