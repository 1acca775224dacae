// SOC Guide browser chat. Everything the server sends is shown as text, except each reply's
// "markup", which the server has already rendered as escaped HTML from a small set of tags; it is
// still checked against that set here before it is shown.
(function () {
  'use strict';

  var ALLOWED = { P: 1, UL: 1, LI: 1, STRONG: 1, BR: 1, A: 1 };
  var log = document.getElementById('log');
  var form = document.getElementById('ask');
  var input = document.getElementById('message');
  var send = document.getElementById('send');
  var typing = document.getElementById('typing');
  var errorBox = document.getElementById('error');
  var audience = document.getElementById('audience');
  var busy = false;

  function randomId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }

  function stored(storage, key, make) {
    try {
      var value = storage.getItem(key);
      if (!value && make) {
        value = make();
        storage.setItem(key, value);
      }
      return value;
    } catch (e) {
      return make ? make() : null;
    }
  }

  // a random id for this browser, so the assistant can tell returning browsers apart without
  // knowing anything about the person; the server hashes it before use
  var browserId = stored(window.localStorage, 'socguide.browser', randomId);
  var conversationId = stored(window.sessionStorage, 'socguide.conversation', null);

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  function isWebAddress(url) {
    try {
      var parsed = new URL(url);
      return parsed.protocol === 'https:' || parsed.protocol === 'http:';
    } catch (e) {
      return false;
    }
  }

  function link(text, url) {
    var a = el('a', null, text);
    a.href = url;
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    return a;
  }

  // keeps only the tags the server renders; anything else becomes its text
  function clean(node) {
    Array.prototype.slice.call(node.children).forEach(function (child) {
      if (!ALLOWED[child.tagName]) {
        child.replaceWith(document.createTextNode(child.textContent));
        return;
      }
      Array.prototype.slice.call(child.attributes).forEach(function (attr) {
        if (child.tagName !== 'A' || ['href', 'rel', 'target'].indexOf(attr.name) < 0) {
          child.removeAttribute(attr.name);
        }
      });
      if (child.tagName === 'A') {
        if (!isWebAddress(child.getAttribute('href'))) {
          child.replaceWith(document.createTextNode(child.textContent));
          return;
        }
        child.rel = 'noopener noreferrer';
        child.target = '_blank';
      }
      clean(child);
    });
  }

  function longDate(iso) {
    var date = new Date(iso + 'T00:00:00Z');
    if (isNaN(date.getTime())) return iso;
    return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  function buttons(className, label, choices, onPick) {
    var group = el('div', className);
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', label);
    choices.forEach(function (choice) {
      var b = el('button', null, choice.title);
      b.type = 'button';
      b.addEventListener('click', function () { onPick(choice, group); });
      group.appendChild(b);
    });
    return group;
  }

  function disableAll(group) {
    Array.prototype.forEach.call(group.querySelectorAll('button'), function (b) { b.disabled = true; });
  }

  function renderReply(reply) {
    var box = el('div', 'msg bot');
    if (reply.title) box.appendChild(el('h2', null, reply.title));
    var body = el('div', 'body');
    if (reply.markup != null) {
      // parsed inert in a template and cleaned there, so nothing in it can load or run before
      // the allow-list has been applied
      var holder = document.createElement('template');
      holder.innerHTML = reply.markup;
      clean(holder.content);
      body.appendChild(holder.content);
    } else {
      body.appendChild(el('p', null, reply.text));
    }
    box.appendChild(body);

    var sources = reply.sources || [];
    if (sources.length) {
      var section = el('div', 'sources');
      section.appendChild(el('h3', null, sources.length > 1 ? 'Sources' : 'Source'));
      var list = el('ul');
      sources.forEach(function (s) {
        var item = el('li');
        item.appendChild(isWebAddress(s.url) ? link(s.title, s.url) : document.createTextNode(s.title));
        if (s.locator) item.appendChild(document.createTextNode(', ' + s.locator));
        list.appendChild(item);
      });
      section.appendChild(list);
      if (reply.lastReviewed) {
        section.appendChild(el('p', 'reviewed', 'Last reviewed ' + longDate(reply.lastReviewed)));
      }
      box.appendChild(section);
    }

    var suggestions = reply.suggestions || [];
    if (suggestions.length) {
      box.appendChild(buttons('choices', 'Suggested questions', suggestions, function (choice) {
        ask(choice.value, choice.title);
      }));
    }

    var feedback = reply.feedback || [];
    if (feedback.length) {
      var group = buttons('feedback', 'Was this answer helpful?', feedback, function (choice, g) {
        disableAll(g);
        ask(choice.value, choice.title);
      });
      group.insertBefore(el('span', null, 'Was this helpful?'), group.firstChild);
      box.appendChild(group);
    }
    log.appendChild(box);
  }

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
  }

  function setBusy(value) {
    busy = value;
    send.disabled = value;
    typing.hidden = !value;
  }

  function ask(text, shownAs) {
    if (busy || !text.trim()) return;
    errorBox.hidden = true;
    log.appendChild(el('div', 'msg user', shownAs || text));
    setBusy(true);
    var request = { text: text };
    if (conversationId) request.conversationId = conversationId;
    if (audience.value) request.audience = audience.value;
    fetch('/api/chat', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Browser-Id': browserId },
      body: JSON.stringify(request)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) throw new Error(json.error || ('the server answered ' + response.status));
        return json;
      });
    }).then(function (json) {
      conversationId = json.conversationId;
      try { window.sessionStorage.setItem('socguide.conversation', conversationId); } catch (e) { /* private mode */ }
      (json.replies || []).forEach(renderReply);
    }).catch(function (e) {
      showError('Sorry, that did not work: ' + e.message + '. Please try again.');
    }).then(function () {
      setBusy(false);
      input.focus();
      typing.scrollIntoView({ block: 'end' });
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value;
    if (!text.trim() || busy) return;
    input.value = '';
    ask(text);
  });

  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event('submit'));
    }
  });
})();
