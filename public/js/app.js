/*
 * Folio — progressive enhancement only. Every page works without this file:
 * forms still submit, alerts still show. Loaded with `defer` from /js/app.js
 * (CSP script-src 'self'; no inline handlers anywhere).
 */
;(function () {
  'use strict'

  /**
   * Ask before destructive submits. Put data-confirm="Message" on the <form>,
   * or on the submit <button> when a form has several buttons.
   */
  document.addEventListener('submit', function (event) {
    var form = event.target
    if (!(form instanceof HTMLFormElement)) return

    var submitter = event.submitter
    var message =
      (submitter && submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm')

    if (message && !window.confirm(message)) {
      event.preventDefault()
    }
  })

  /** A close button on each flash alert; the server never needs to know. */
  function enhanceAlerts() {
    var alerts = document.querySelectorAll('.flash-alerts .alert')
    Array.prototype.forEach.call(alerts, function (alert) {
      if (alert.querySelector('.alert-close')) return

      var button = document.createElement('button')
      button.type = 'button'
      button.className = 'alert-close'
      button.setAttribute('aria-label', 'Dismiss message')
      button.textContent = '\u00d7'
      button.addEventListener('click', function () {
        alert.hidden = true
        var main = document.getElementById('main')
        if (main) main.focus({ preventScroll: true })
      })
      alert.appendChild(button)
    })
  }

  /**
   * The editor: Write/Preview tabs over the body. The Preview tab sends the
   * body alone to the server (the article page's own Markdown renderer) and
   * shows the answer; the form itself is not submitted, so nothing typed is
   * lost. Without this script the Preview button submits the form to the
   * preview route instead, which shows it again with the preview.
   */
  var WORD = /\S*[0-9A-Za-z\u00C0-\u1FFF\u2C00-\uD7FF]\S*/gu
  var WORDS_PER_MINUTE = 230

  /** The same rule as app/services/reading_time.ts. */
  function statsOf(text) {
    var words = (text.match(WORD) || []).length
    var minutes = words > 0 ? Math.max(1, Math.round(words / WORDS_PER_MINUTE)) : 1
    return (
      words.toLocaleString('en-US') + (words === 1 ? ' word' : ' words') + ' \u00b7 ' + minutes + ' min read'
    )
  }

  function enhanceEditor(editor) {
    var form = editor.closest('form')
    var textarea = editor.querySelector('textarea')
    var field = textarea && textarea.closest('.field')
    var stats = editor.querySelector('[data-editor-stats]')
    if (!form || !textarea || !field) return

    textarea.addEventListener('input', function () {
      if (stats) stats.textContent = statsOf(textarea.value)
    })

    var tabs = document.createElement('div')
    tabs.className = 'editor-tabs'
    tabs.setAttribute('role', 'tablist')
    tabs.setAttribute('aria-label', 'Body')
    var writeTab = makeTab('editor-tab-write', 'Write', 'editor-panel-write')
    var previewTab = makeTab('editor-tab-preview', 'Preview', 'editor-panel-preview')
    tabs.appendChild(writeTab)
    tabs.appendChild(previewTab)

    var writePanel = document.createElement('div')
    writePanel.id = 'editor-panel-write'
    writePanel.setAttribute('role', 'tabpanel')
    writePanel.setAttribute('aria-labelledby', writeTab.id)
    editor.insertBefore(tabs, editor.firstChild)
    editor.insertBefore(writePanel, tabs.nextSibling)
    writePanel.appendChild(field)
    if (stats) writePanel.appendChild(stats)

    var previewPanel = document.createElement('div')
    previewPanel.id = 'editor-panel-preview'
    previewPanel.className = 'editor-preview-panel'
    previewPanel.setAttribute('role', 'tabpanel')
    previewPanel.setAttribute('aria-labelledby', previewTab.id)
    previewPanel.setAttribute('aria-live', 'polite')
    previewPanel.tabIndex = 0
    previewPanel.hidden = true
    editor.appendChild(previewPanel)

    var request = 0
    function select(showPreview) {
      writeTab.setAttribute('aria-selected', String(!showPreview))
      previewTab.setAttribute('aria-selected', String(showPreview))
      writeTab.tabIndex = showPreview ? -1 : 0
      previewTab.tabIndex = showPreview ? 0 : -1
      writePanel.hidden = showPreview
      previewPanel.hidden = !showPreview
      if (!showPreview) return
      var mine = ++request
      previewPanel.textContent = 'Rendering the preview\u2026'
      var csrf = form.querySelector('input[name="_csrf"]')
      var data = new URLSearchParams()
      data.set('_csrf', csrf ? csrf.value : '')
      data.set('body', textarea.value)
      fetch(editor.getAttribute('data-render-url'), {
        method: 'POST',
        body: data,
        credentials: 'same-origin',
        headers: { Accept: 'text/html' },
      })
        .then(function (response) {
          if (!response.ok) throw new Error('status ' + response.status)
          return response.text()
        })
        .then(function (html) {
          // Rendered by the server's Markdown renderer: raw HTML is already escaped there.
          if (mine === request) previewPanel.innerHTML = html
        })
        .catch(function () {
          if (mine === request) {
            previewPanel.textContent =
              'The preview could not be loaded. Your text is safe in the Write tab; try again, or use the Preview button.'
          }
        })
    }

    writeTab.addEventListener('click', function () {
      select(false)
    })
    previewTab.addEventListener('click', function () {
      select(true)
    })
    tabs.addEventListener('keydown', function (event) {
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
      var toPreview = writeTab.getAttribute('aria-selected') === 'true'
      select(toPreview)
      ;(toPreview ? previewTab : writeTab).focus()
      event.preventDefault()
    })
    // With the tab here, the Preview button opens it instead of sending the form.
    var button = form.querySelector('[data-preview-button]')
    if (button) {
      button.addEventListener('click', function (event) {
        event.preventDefault()
        select(true)
        previewTab.focus()
      })
    }
    select(false)
  }

  function makeTab(id, label, panelId) {
    var tab = document.createElement('button')
    tab.type = 'button'
    tab.id = id
    tab.className = 'editor-tab'
    tab.setAttribute('role', 'tab')
    tab.setAttribute('aria-controls', panelId)
    tab.textContent = label
    return tab
  }

  /**
   * Forms marked data-unsaved-warning ask before the page is left with
   * changes not yet sent (a closed tab, a followed link, the back button).
   */
  function guardUnsavedChanges(form) {
    var dirty = false
    form.addEventListener('input', function () {
      dirty = true
    })
    form.addEventListener('submit', function (event) {
      if (!event.defaultPrevented) dirty = false
    })
    window.addEventListener('beforeunload', function (event) {
      if (!dirty) return
      event.preventDefault()
      event.returnValue = ''
    })
  }

  /**
   * Scheduling happens in the writer's time zone: the editor sends the
   * browser's zone with the local time, and shows a stored (UTC) schedule in
   * local time. Without this script everything reads and works in UTC.
   */
  function localizeTimes() {
    var zone = window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone
    if (!zone) return
    var pad = function (n) {
      return String(n).padStart(2, '0')
    }
    Array.prototype.forEach.call(
      document.querySelectorAll('input[data-time-zone]'),
      function (input) {
        input.value = zone
      }
    )
    Array.prototype.forEach.call(
      document.querySelectorAll('input[name="publish_at"]'),
      function (input) {
        var utc = input.getAttribute('data-utc')
        if (utc) {
          var d = new Date(utc)
          input.value =
            d.getFullYear() +
            '-' +
            pad(d.getMonth() + 1) +
            '-' +
            pad(d.getDate()) +
            'T' +
            pad(d.getHours()) +
            ':' +
            pad(d.getMinutes())
        }
        var hint = document.getElementById(input.id + '-hint')
        if (hint) hint.textContent = hint.textContent.replace('UTC', zone)
      }
    )
    Array.prototype.forEach.call(
      document.querySelectorAll('time[data-local-time]'),
      function (time) {
        var when = new Date(time.getAttribute('datetime'))
        if (isNaN(when)) return
        time.textContent =
          when.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' }) + ' (' + zone + ')'
      }
    )
  }

  function enhance() {
    enhanceAlerts()
    localizeTimes()
    Array.prototype.forEach.call(document.querySelectorAll('[data-editor]'), enhanceEditor)
    Array.prototype.forEach.call(
      document.querySelectorAll('form[data-unsaved-warning]'),
      guardUnsavedChanges
    )
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', enhance)
  } else {
    enhance()
  }
})()
