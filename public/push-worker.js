/*
 * Living Well companion: the service worker for "Tell me when there's a message".
 * Shows what the service pushed (always the same plain words: "You have a check-in waiting") and
 * opens the chat when the notice is pressed. It fetches and caches nothing.
 */
'use strict';

var fallback = { title: 'Living Well companion', body: 'You have a check-in waiting', url: '/', tag: 'checkin' };

self.addEventListener('push', function (event) {
  var message = fallback;
  try {
    message = Object.assign({}, fallback, event.data ? event.data.json() : {});
  } catch (error) {
    message = fallback;
  }
  event.waitUntil(self.registration.showNotification(message.title, { body: message.body, tag: message.tag, data: { url: message.url } }));
});

self.addEventListener('notificationclick', function (event) {
  event.notification.close();
  var url = new URL((event.notification.data && event.notification.data.url) || '/', self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(function (windows) {
      for (var i = 0; i < windows.length; i += 1) {
        if (new URL(windows[i].url).pathname === new URL(url).pathname && 'focus' in windows[i]) return windows[i].focus();
      }
      return self.clients.openWindow(url);
    })
  );
});
