/*
 * Living Well companion: the web chat page.
 * Plain browser JavaScript, no build step. Web Chat's bundle (/static/webchat.js) defines window.WebChat.
 */
(function () {
  'use strict';

  var userIdKey = 'lwc.userId';
  // The page's CSP nonce: Web Chat puts it on the <style> elements it injects at run time.
  var nonce = (document.currentScript && document.currentScript.nonce) || undefined;

  var statusEl = document.getElementById('chat-status');
  var errorEl = document.getElementById('chat-error');
  var retryButton = document.getElementById('chat-retry');
  var errorTitle = document.getElementById('chat-error-title');
  var errorRetry = document.getElementById('chat-error-retry');
  var startFailedTitle = errorTitle.textContent;
  var directLine;
  var starting = false;
  // Web Chat's store lives as long as the transcript on screen: a new conversation after "delete my
  // data" goes on in it, below the confirmation.
  var store;
  // True once the service has ended the conversation (the person's data was deleted).
  var ended = false;
  // What the person sent after that, to send again once the new conversation is connected.
  var pendingMessage;

  var colours = {
    ink: '#1b2624',
    muted: '#45534f',
    line: '#b9c9c5',
    teal: '#0e5c56',
    tealDark: '#0b3d3a',
    tealSoft: '#e6f1ef',
    focusDark: '#0b0c0c',
    white: '#ffffff',
  };

  function svgUrl(svg) {
    return 'url("data:image/svg+xml,' + encodeURIComponent(svg) + '")';
  }

  // Our own typing and sending animations, as data URLs: Web Chat's built-in GIFs load from blob:
  // URLs, which the page's CSP does not allow.
  var typingDots = svgUrl(
    '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="16" viewBox="0 0 48 16"><g fill="' + colours.teal + '">' +
      [8, 24, 40].map(function (x, i) {
        return '<circle cx="' + x + '" cy="8" r="5"><animate attributeName="opacity" values="1;0.2;1" dur="1.2s" begin="' +
          i * 0.2 + 's" repeatCount="indefinite"/></circle>';
      }).join('') +
      '</g></svg>'
  );
  var sendingSpinner = svgUrl(
    '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><circle cx="8" cy="8" r="6" fill="none" stroke="' +
      colours.line + '" stroke-width="2"/><path d="M8 2a6 6 0 0 1 6 6" fill="none" stroke="' + colours.teal +
      '" stroke-width="2"><animateTransform attributeName="transform" type="rotate" from="0 8 8" to="360 8 8" dur="1s" repeatCount="indefinite"/></path></svg>'
  );

  var styleOptions = {
    accent: colours.teal,
    backgroundColor: colours.white,
    subtle: colours.muted,
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    fontSizeSmall: '85%',
    paddingRegular: 10,
    paddingWide: 16,
    rootHeight: '100%',
    rootWidth: '100%',

    bubbleBackground: colours.tealSoft,
    bubbleBorderColor: colours.tealSoft,
    bubbleBorderRadius: 12,
    bubbleBorderWidth: 1,
    bubbleTextColor: colours.ink,
    bubbleFromUserBackground: colours.teal,
    bubbleFromUserBorderColor: colours.teal,
    bubbleFromUserBorderRadius: 12,
    bubbleFromUserTextColor: colours.white,
    bubbleMaxWidth: 560,
    bubbleMinHeight: 44,
    bubbleMinWidth: 120,

    // Timestamps and notices must stay readable (the defaults are too faint).
    timestampColor: colours.muted,
    notificationText: colours.muted,
    groupTimestamp: 300000,

    // Every choice visible at once, wrapping on small screens; big enough to tap.
    suggestedActionLayout: 'flow',
    suggestedActionHeight: 44,
    suggestedActionBorderRadius: 22,
    suggestedActionBorderWidth: 2,
    suggestedActionBorderColor: colours.teal,
    suggestedActionBackgroundColor: colours.white,
    suggestedActionTextColor: colours.teal,
    suggestedActionBackgroundColorOnHover: colours.tealSoft,
    suggestedActionBackgroundColorOnActive: colours.tealSoft,
    suggestedActionKeyboardFocusIndicatorBorderColor: colours.focusDark,
    suggestedActionKeyboardFocusIndicatorBorderStyle: 'solid',
    suggestedActionKeyboardFocusIndicatorBorderWidth: 2,
    suggestedActionsVisualKeyboardIndicatorColor: colours.focusDark,

    sendBoxHeight: 56,
    sendBoxBackground: colours.white,
    sendBoxTextColor: colours.ink,
    sendBoxPlaceholderColor: colours.muted,
    sendBoxBorderTop: 'solid 2px ' + colours.line,
    sendBoxButtonColor: colours.teal,
    sendBoxButtonColorOnHover: colours.tealDark,
    sendBoxButtonColorOnFocus: colours.tealDark,
    sendBoxButtonKeyboardFocusIndicatorBorderColor: colours.focusDark,
    sendBoxButtonKeyboardFocusIndicatorBorderWidth: 2,
    hideUploadButton: true,

    transcriptVisualKeyboardIndicatorColor: colours.focusDark,
    transcriptActivityVisualKeyboardIndicatorColor: colours.focusDark,
    transcriptActivityVisualKeyboardIndicatorStyle: 'solid',
    transcriptActivityVisualKeyboardIndicatorWidth: 2,

    typingAnimationBackgroundImage: typingDots,
    typingAnimationHeight: 16,
    typingAnimationWidth: 48,
    spinnerAnimationBackgroundImage: sendingSpinner,

    // The bot's replies are our own plain text; never render HTML from messages.
    markdownRenderHTML: false,

    // A button on a card (e.g. "Remind me") once pressed: the page's teal, like the person's own messages.
    cardPushButtonBackgroundColor: colours.teal,
    cardPushButtonTextColor: colours.white,

    // When a reply is longer than the screen (the welcome at 1024 x 800, contact details on a phone),
    // stop scrolling at its first line rather than at its last, so it is read from the start.
    autoScrollSnapOnPage: true,
  };

  /*
   * Web Chat 4.18 has no en-GB strings: it falls back to its en-US words and US dates ("December 6,
   * 11:49 PM"). These are the British ones, for what people see and what screen readers say.
   */
  var britishStrings = {
    ACTIVITY_BOT_SAID_ALT: 'Living Well companion said:',
    ACTIVITY_BOT_ATTACHED_ALT: 'Living Well companion sent:',
    ACTIVITY_STATUS_SEND_STATUS_ALT_SENT_AT: 'Sent on $1',
    ACTIVITY_STATUS_SEND_FAILED_RETRY: 'Not sent. [Try again][RETRY]',
    ACTIVITY_INTERACTIVE_REASON_SEND_FAILED_ALT: 'Not sent.',
    TRANSCRIPT_LIVE_REGION_SEND_FAILED_ALT: 'Your message was not sent.',
    // The en-US text sends people to "the console or the bot developer".
    CONNECTIVITY_STATUS_ALT_RENDER_ERROR: 'Something went wrong showing the chat. Please reload the page.',
    TEXT_INPUT_ALT: 'Your message',
    TEXT_INPUT_PLACEHOLDER: 'Type your message',
  };

  /*
   * Dates and times in British English, UK time: "6 December at 23:49". Web Chat's Composer takes its
   * formatters from the localised strings' GLOBALIZE entry when there is one (otherwise a precompiled
   * US English set); these four are all it calls. Built on Intl, which every supported browser has.
   */
  var dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'Europe/London' });
  var clockTime = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London' });
  var pluralRules = new Intl.PluralRules('en-GB');
  var britishGlobalize = {
    dateFormatter: function () {
      return function (date) {
        return dayMonth.format(date) + ' at ' + clockTime.format(date);
      };
    },
    relativeTimeFormatter: function (unit) {
      var format = new Intl.RelativeTimeFormat('en-GB', { numeric: 'always' });
      return function (value) {
        return format.format(value, unit);
      };
    },
    unitFormatter: function (unit, options) {
      var format = new Intl.NumberFormat('en-GB', { style: 'unit', unit: unit, unitDisplay: options && options.form === 'long' ? 'long' : 'short' });
      return function (value) {
        return format.format(value);
      };
    },
    plural: function (value) {
      return pluralRules.select(value);
    },
  };

  /** Web Chat's own strings (its en-US set, for locale en-GB) with the British ones over them. */
  function localizedStrings(strings) {
    return Object.assign({}, strings, britishStrings, { GLOBALIZE: britishGlobalize });
  }

  function storedUserId() {
    try {
      return window.localStorage.getItem(userIdKey) || undefined;
    } catch (error) {
      return undefined; // storage blocked: every visit starts afresh
    }
  }

  function storeUserId(userId) {
    try {
      window.localStorage.setItem(userIdKey, userId);
    } catch (error) {
      // storage blocked: the chat still works for this visit
    }
  }

  function forgetUserId() {
    try {
      window.localStorage.removeItem(userIdKey);
    } catch (error) {
      // storage blocked: nothing was kept
    }
  }

  /** POST /api/webchat/token; a returning person presents their earlier user id and carries on. */
  function fetchToken() {
    var userId = storedUserId();
    return fetch('/api/webchat/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(userId ? { userId: userId } : {}),
      cache: 'no-store',
      credentials: 'same-origin',
    }).then(function (response) {
      if (!response.ok) throw new Error('token request answered ' + response.status);
      return response.json();
    }).then(function (body) {
      if (!body || typeof body.token !== 'string' || typeof body.userId !== 'string') {
        throw new Error('unexpected token response');
      }
      return body;
    });
  }

  function isSafetyReply(activity) {
    return Boolean(activity && activity.channelData && activity.channelData.safety);
  }

  /*
   * Web Chat's bundle does not expose React, and our CSP rightly forbids loading a second copy from a
   * CDN. A React element is a plain object, so the wrapper is built directly, borrowing `$$typeof`
   * from the element Web Chat itself rendered (Web Chat 4.18 bundles React 16.8). The e2e test
   * (tests/e2e/web-chat-page.test.ts) checks that a safety reply lands inside this wrapper.
   */
  function element(sample, type, props, key, ref) {
    var typeOf = (sample && sample.$$typeof) || Symbol.for('react.element');
    return { $$typeof: typeOf, type: type, key: key === undefined ? null : String(key), ref: ref || null, props: props, _owner: null };
  }

  var safetyLabelCount = 0;

  /** A reply marked `channelData.safety`, inside a clearly marked "Urgent help information" note. */
  function safetyNote(inner, activity, labelId) {
    var label = element(inner, 'p', { id: labelId, className: 'safety-note__label', children: 'Urgent help information' }, 'label');
    var body = element(inner, 'div', { className: 'safety-note__body', children: inner }, 'body');
    return element(inner, 'div', {
      className: 'safety-note',
      role: 'note',
      'aria-labelledby': labelId,
      'data-safety-level': String(activity.channelData.safety.level || ''),
      children: [label, body],
    });
  }

  /*
   * Web Chat follows the newest message. A first-time visitor's welcome is taller than the chat (at
   * 1024 x 800 its first lines, what the companion is and is not, were above the top), so until the
   * person first sends something, each message of the welcome, once on the page, takes the chat back
   * to its top. Web Chat's useScrollTo hook does the scrolling (which also stops it following new
   * messages); a function component can call it, and the ref runs once the message is on the page.
   */
  var welcomeFromTheStart = false;
  var welcomeIds = {};
  var welcomeScrolled = {};

  function WelcomeMessage(props) {
    var scrollTo = window.WebChat.hooks.useScrollTo();
    return element(props.children, 'div', { children: props.children }, undefined, function (node) {
      if (!node || !welcomeFromTheStart || welcomeScrolled[props.activityId]) return;
      welcomeScrolled[props.activityId] = true;
      scrollTo({ scrollTop: 0 }, { behavior: 'auto' });
    });
  }

  /** True for the bot's messages that came before the person's first: once one, always one (a stable tree). */
  function isWelcome(activity) {
    if (!activity.id || !activity.from || activity.from.role !== 'bot') return false;
    if (welcomeFromTheStart) welcomeIds[activity.id] = true;
    return welcomeIds[activity.id] === true;
  }

  /** Wraps safety replies in their note, and the welcome in WelcomeMessage. */
  function activityMiddleware() {
    return function (next) {
      return function (options) {
        var render = next(options);
        var activity = options && options.activity;
        if (!render || !activity) return render;
        var safety = isSafetyReply(activity);
        var welcome = isWelcome(activity);
        if (!safety && !welcome) return render;
        var labelId = safety ? 'lwc-safety-' + ++safetyLabelCount : undefined;
        return function () {
          var inner = render.apply(this, arguments);
          if (!inner) return inner;
          var shown = safety ? safetyNote(inner, activity, labelId) : inner;
          return welcome ? element(inner, WelcomeMessage, { activityId: activity.id, children: shown }) : shown;
        };
      };
    };
  }

  /** Download links of "export my data": paths on this service (or on its public address). */
  function isOwnDownload(value) {
    try {
      var url = new URL(String(value), window.location.href);
      return url.origin === window.location.origin && url.pathname.indexOf('/my-data/') === 0;
    } catch (error) {
      return false;
    }
  }

  /**
   * Takes the file by posting to the link (a GET only shows a page with a Download button, so that
   * link previews cannot use the one download up). The answer is an attachment: the page stays.
   */
  function downloadHere(href) {
    var form = document.createElement('form');
    form.method = 'post';
    form.action = href;
    form.hidden = true;
    document.body.appendChild(form);
    form.submit();
    document.body.removeChild(form);
  }

  /**
   * "Download my data" downloads in this tab: the file downloads and the chat stays. (Web Chat
   * itself opens links in a new tab, and only absolute ones.)
   */
  function cardActionMiddleware() {
    return function (next) {
      return function (options) {
        var action = options && options.cardAction;
        if (action && action.type === 'openUrl' && isOwnDownload(action.value)) {
          downloadHere(new URL(String(action.value), window.location.href).href);
          return undefined;
        }
        return next(options);
      };
    };
  }

  /** The service's word that the conversation is over: sent after "delete my data". */
  function isConversationEnd(activity) {
    return Boolean(activity && activity.type === 'endOfConversation' && activity.from && activity.from.role === 'bot');
  }

  /**
   * Web Chat's store, watching for the end of the conversation. Once it has ended, the next message
   * starts a new conversation (a new user id, nothing carried over) and is sent there, with no
   * reload and nothing shown going wrong.
   */
  function createStore() {
    return window.WebChat.createStore({}, function (api) {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && isConversationEnd(action.payload && action.payload.activity)) {
            ended = true;
            forgetUserId();
            if (window.LivingWellPush) window.LivingWellPush.forget();
          } else if (action.type === 'WEB_CHAT/SEND_MESSAGE' && ended) {
            startAfresh(action.payload);
            return undefined;
          } else if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && pendingMessage) {
            var message = pendingMessage;
            pendingMessage = undefined;
            var result = next(action);
            api.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: message });
            return result;
          }
          return next(action);
        };
      };
    });
  }

  function showStatus(text) {
    statusEl.textContent = text;
  }

  /** Shows the plain message with the urgent-help numbers and the retry button. */
  function showError(moveFocus) {
    showStatus('');
    errorTitle.textContent = startFailedTitle;
    errorRetry.hidden = false;
    errorEl.hidden = false;
    retryButton.disabled = false;
    // When the chat could not start at all, take a keyboard or screen-reader user straight to why.
    if (moveFocus) errorTitle.focus();
  }

  /**
   * A message could not be sent (the service or its store is down): the urgent-help numbers show at
   * once, whatever the message said, because it may have been a cry for help that no one can answer.
   * Web Chat offers its own "retry" on the message; the panel stays until a later send succeeds.
   */
  function showSendFailed() {
    errorTitle.textContent = 'Your message could not be sent just now';
    errorRetry.hidden = true;
    errorEl.hidden = false;
  }

  /** Wraps Direct Line's postActivity: a failed send (DirectLineJS answers "retry" or errors) shows the numbers. */
  function watchSends(line) {
    var post = line.postActivity.bind(line);
    line.postActivity = function (activity) {
      welcomeFromTheStart = false; // the person has answered: Web Chat follows the conversation again
      return post(activity).do(
        function (id) {
          if (id === 'retry') showSendFailed();
          else if (errorRetry.hidden) hideError(); // a send works again: the send-failed panel goes
        },
        function () {
          showSendFailed();
        }
      );
    };
  }

  function hideError() {
    errorEl.hidden = true;
  }

  /** A fresh container: a failed Web Chat is dropped rather than re-used. */
  function freshContainer() {
    var old = document.getElementById('webchat');
    var container = document.createElement('div');
    container.id = 'webchat';
    container.className = old.className;
    old.parentNode.replaceChild(container, old);
    return container;
  }

  function watchConnection(line) {
    // Direct Line connection status 4 is FailedToConnect: say so plainly, with the numbers.
    line.connectionStatus$.subscribe(function (status) {
      if (line !== directLine) return;
      if (status === 2) showStatus('');
      if (status === 4) showError(false);
    });
  }

  /**
   * Connects Web Chat to the conversation of `grant`. `joinOnly` joins it without starting it, so
   * the service does not greet: the message waiting to be sent gets the welcome instead.
   */
  function connect(grant, container, joinOnly) {
    storeUserId(grant.userId);
    if (directLine) directLine.end();
    directLine = window.WebChat.createDirectLine({
      token: grant.token,
      // Azure Direct Line when the site uses it (the token service says where); otherwise this server.
      domain: grant.domain || window.location.origin + '/v3/directline',
      webSocket: true,
      conversationId: joinOnly ? grant.conversationId : undefined,
    });
    watchConnection(directLine);
    watchSends(directLine);
    // Direct Line JS keeps its refreshed token on `.token`: the push routes are authorised with it.
    var line = directLine;
    if (window.LivingWellPush) window.LivingWellPush.offer(function () { return line.token; });
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        userID: grant.userId,
        locale: 'en-GB',
        styleOptions: styleOptions,
        overrideLocalizedStrings: localizedStrings,
        activityMiddleware: activityMiddleware,
        cardActionMiddleware: cardActionMiddleware,
        nonce: nonce,
      },
      container
    );
  }

  function start() {
    if (starting) return;
    starting = true;
    hideError();
    showStatus('Connecting to the chat…');
    // A first visit (no earlier user id here) opens with the welcome: show it from its first line.
    welcomeFromTheStart = storedUserId() === undefined;
    fetchToken().then(function (grant) {
      if (!window.WebChat) throw new Error('Web Chat did not load');
      ended = false;
      pendingMessage = undefined;
      store = createStore();
      connect(grant, freshContainer(), false);
    }).catch(function () {
      showError(true);
    }).then(function () {
      starting = false;
    });
  }

  /** After "delete my data": a new conversation for `message`, in the transcript on screen. */
  function startAfresh(message) {
    if (starting) return;
    starting = true;
    pendingMessage = message;
    fetchToken().then(function (grant) {
      ended = false;
      connect(grant, document.getElementById('webchat'), true);
    }).catch(function () {
      // Nothing was sent: say so, with the numbers; the next try starts afresh again.
      pendingMessage = undefined;
      showSendFailed();
    }).then(function () {
      starting = false;
    });
  }

  retryButton.addEventListener('click', function () {
    retryButton.disabled = true;
    start();
  });

  start();
})();
