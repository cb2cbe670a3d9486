/**
 * The page the tests drive. Its helpers send API calls the way players do (fetch, a keepalive
 * fetch, sendBeacon) and return when each completed by the page's clock.
 */
export const TEST_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>mc-inspector e2e</title></head>
<body><p>Media Collection Inspector e2e page</p>
<script>
  const asText = (body) => (typeof body === 'string' ? body : JSON.stringify(body));
  window.api = {
    async post(path, body, init) {
      const response = await fetch(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: asText(body),
        ...init,
      });
      await response.arrayBuffer();
      return { status: response.status, location: response.headers.get('Location'), doneAt: Date.now() };
    },
    beacon(path, body) {
      return navigator.sendBeacon(path, asText(body));
    },
  };
</script></body></html>`;
