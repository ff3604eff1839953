/** Hands a file to the browser's download machinery under a given name. */
export function saveBlob(blob: Blob, filename: string) {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	// The browser reads the blob after the click returns; revoke only once it has had time to.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
