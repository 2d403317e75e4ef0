/*
 * Living Well companion: "Tell me when there's a message" (Web Push).
 * Nothing is asked on load. The header's button shows what a notice says, in plain words, and only
 * "Yes, show notices" opens the browser's permission prompt. The notice only ever says "You have a
 * check-in waiting" (see /static/push-worker.js).
 * app.js calls LivingWellPush.offer(getToken) once the chat is connected, and .forget() when the
 * person's data is deleted.
 */
(function () {
  'use strict';

  var panel = document.getElementById('push-offer');
  var onButton = document.getElementById('push-on');
  var offButton = document.getElementById('push-off');
  var askEl = document.getElementById('push-ask');
  var allowButton = document.getElementById('push-allow');
  var cancelButton = document.getElementById('push-cancel');
  var statusEl = document.getElementById('push-status');
  var workerUrl = '/static/push-worker.js';
  var getToken = function () { return undefined; };
  var publicKey;

  function supported() {
    return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
  }

  /** The answer below the chat (the panel shows while there is one, or the plain words). */
  function say(text) {
    statusEl.textContent = text;
    panel.hidden = askEl.hidden && text === '';
  }

  /** On: the header's button stops them; off: it offers them. */
  function showState(on) {
    onButton.hidden = on;
    offButton.hidden = !on;
  }

  /** The plain words and the choice, after the header's button. */
  function ask() {
    askEl.hidden = false;
    say('');
    allowButton.focus();
  }

  function closeAsk() {
    askEl.hidden = true;
    say(statusEl.textContent);
  }

  function api(path, body) {
    var token = getToken();
    return fetch('/api/webchat/push/' + path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: Object.assign({ authorization: 'Bearer ' + token }, body === undefined ? {} : { 'content-type': 'application/json' }),
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(function (response) {
      if (!response.ok) throw new Error('push ' + path + ' answered ' + response.status);
      return response.json();
    });
  }

  /** The key as PushManager wants it: bytes from base64url. */
  function keyBytes(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    var raw = window.atob(base64 + '==='.slice((base64.length + 3) % 4));
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i);
    return bytes;
  }

  /**
   * The registration once its worker is active (PushManager needs one). Not `serviceWorker.ready`:
   * the worker's scope is /static/, so it never controls the chat page, and `ready` would wait for ever.
   */
  function activated(registration) {
    if (registration.active) return Promise.resolve(registration);
    var worker = registration.installing || registration.waiting;
    return new Promise(function (resolve, reject) {
      worker.addEventListener('statechange', function () {
        if (worker.state === 'activated') resolve(registration);
        if (worker.state === 'redundant') reject(new Error('the service worker did not start'));
      });
    });
  }

  function currentSubscription() {
    return navigator.serviceWorker.getRegistration(workerUrl).then(function (registration) {
      return registration ? registration.pushManager.getSubscription() : null;
    });
  }

  function turnOn() {
    allowButton.disabled = true;
    closeAsk();
    // Asked here, from the person's own press of "Yes, show notices", never before.
    Notification.requestPermission().then(function (permission) {
      if (permission !== 'granted') {
        say(permission === 'denied'
          ? "This browser is set not to show notices from this page, so we can't tell you. You can change that in the browser's settings."
          : "No problem: we won't show notices. You can press the button again at any time.");
        return undefined;
      }
      return navigator.serviceWorker.register(workerUrl).then(activated).then(function (registration) {
        return registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) });
      }).then(function (subscription) {
        return api('subscribe', subscription.toJSON());
      }).then(function () {
        showState(true);
        say("Done. We'll show a notice on this device when there's a message for you.");
        offButton.focus();
      });
    }).catch(function () {
      say("Sorry, that didn't work just now. Please try again later.");
    }).then(function () {
      allowButton.disabled = false;
    });
  }

  function turnOff() {
    offButton.disabled = true;
    currentSubscription().then(function (subscription) {
      if (!subscription) return undefined;
      var endpoint = subscription.endpoint;
      return subscription.unsubscribe().then(function () {
        return api('unsubscribe', { endpoint: endpoint });
      });
    }).then(function () {
      showState(false);
      say("We won't show notices on this device any more.");
      onButton.focus();
    }).catch(function () {
      say("Sorry, that didn't work just now. Please try again later.");
    }).then(function () {
      offButton.disabled = false;
    });
  }

  /** Shows the header's button once the chat is connected, if this browser can do it and the service offers it. */
  function offer(tokenSource) {
    getToken = tokenSource;
    if (!supported()) return;
    api('key').then(function (body) {
      publicKey = body.publicKey;
      return Notification.permission === 'granted' ? currentSubscription() : null;
    }).then(function (subscription) {
      showState(Boolean(subscription));
    }).catch(function () {
      // Push is off, or the chat is on Azure Direct Line: no offer.
      onButton.hidden = true;
      offButton.hidden = true;
    });
  }

  /** The person's data was deleted (and their subscriptions with it): this browser stops too. */
  function forget() {
    if (!supported()) return;
    currentSubscription().then(function (subscription) {
      return subscription ? subscription.unsubscribe() : undefined;
    }).catch(function () {
      return undefined;
    }).then(function () {
      showState(false);
      say('');
    });
  }

  onButton.addEventListener('click', ask);
  allowButton.addEventListener('click', turnOn);
  cancelButton.addEventListener('click', function () {
    closeAsk();
    onButton.focus();
  });
  offButton.addEventListener('click', turnOff);
  window.LivingWellPush = { offer: offer, forget: forget };
})();
