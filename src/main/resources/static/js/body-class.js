// Runs first in <body>: tells GOV.UK Frontend's CSS that JavaScript is available (kept in a file, not inline,
// so that the Content-Security-Policy needs no 'unsafe-inline').
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
