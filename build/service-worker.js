// Tell Once's service worker: it keeps the app's own files, so that after one visit the app
// opens and every flow works with no network. It holds code only: case data never passes
// through it (it lives encrypted in IndexedDB, which an update does not touch).
//
// build/service-worker.mjs fills in the version and the file list at build time.
const VERSION = "__TELL_ONCE_VERSION__";
const FILES = __TELL_ONCE_FILES__;
const CACHE = `tell-once-${VERSION}`;
const scoped = (path) => new URL(path, self.registration.scope).href;

self.addEventListener("install", (event) => {
  // `reload`: fetch from the server, never from an older copy in the HTTP cache. No
  // skipWaiting here: a new version waits until the page asks for it (after saving).
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new Request(scoped(file), { cache: "reload" })))),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith("tell-once-") && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "tell-once-activate") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Every address of the app is its one page (routes live in the hash).
      const cached = request.mode === "navigate" ? await cache.match(scoped("./")) : await cache.match(request);
      return cached ?? fetch(request);
    }),
  );
});
