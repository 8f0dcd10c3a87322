// A stand-in for Stripe.js, served to the browser in place of https://js.stripe.com (unreachable from
// here). It offers the part of Stripe.js a site's card form uses — `Stripe(publishableKey)`,
// `elements({ mode, amount, currency, paymentMethodCreation: 'manual' })`, a Payment Element to mount,
// `elements.submit()` and `createPaymentMethod({ elements })` — and posts the typed card to the fake
// Stripe's /v1/payment_methods with the publishable key, as Stripe.js posts it to api.stripe.com. The
// real element draws its fields in an iframe; this one draws labelled fields in the page.

/** The script's source, sending cards to the fake Stripe at `apiBase`. */
export function stripeJsStandIn(apiBase: string): string {
  return `(function () {
  'use strict';
  var API_BASE = ${JSON.stringify(apiBase)};

  function integrationError(message) {
    var error = new Error(message);
    error.name = 'IntegrationError';
    return error;
  }

  function field(container, name, label, autocomplete, placeholder) {
    var id = 'stand-in-' + name + '-' + Math.random().toString(36).slice(2, 8);
    var wrapper = document.createElement('div');
    wrapper.className = 'stand-in-field';
    var labelElement = document.createElement('label');
    labelElement.htmlFor = id;
    labelElement.textContent = label;
    var input = document.createElement('input');
    input.id = id;
    input.name = name;
    input.inputMode = 'numeric';
    input.autocomplete = autocomplete;
    input.placeholder = placeholder;
    wrapper.appendChild(labelElement);
    wrapper.appendChild(input);
    container.appendChild(wrapper);
    return input;
  }

  function PaymentElement(elements) {
    this._elements = elements;
    this._handlers = {};
    this._root = null;
  }
  PaymentElement.prototype.on = function (event, handler) {
    (this._handlers[event] = this._handlers[event] || []).push(handler);
    return this;
  };
  PaymentElement.prototype._emit = function (event, payload) {
    (this._handlers[event] || []).forEach(function (handler) { handler(payload); });
  };
  PaymentElement.prototype.mount = function (target) {
    var container = typeof target === 'string' ? document.querySelector(target) : target;
    if (!container) throw integrationError('The selector you specified (' + target + ') applies to no DOM elements that are currently on the page.');
    var root = document.createElement('div');
    root.className = 'stand-in-payment-element';
    root.setAttribute('data-stand-in', 'stripe-payment-element');
    this._number = field(root, 'cardnumber', 'Card number', 'cc-number', '1234 1234 1234 1234');
    this._expiry = field(root, 'exp-date', 'Expiration date (MM / YY)', 'cc-exp', 'MM / YY');
    this._cvc = field(root, 'cvc', 'Security code', 'cc-csc', 'CVC');
    this._message = document.createElement('p');
    this._message.setAttribute('role', 'alert');
    root.appendChild(this._message);
    container.appendChild(root);
    this._root = root;
    var self = this;
    [this._number, this._expiry, this._cvc].forEach(function (input) {
      input.addEventListener('input', function () {
        self._message.textContent = '';
        var values = self._values();
        self._emit('change', { elementType: 'payment', empty: !values.number && !values.expiry && !values.cvc, complete: !self._problem(values), value: { type: 'card' } });
      });
    });
    setTimeout(function () { self._emit('ready', { elementType: 'payment' }); }, 0);
  };
  PaymentElement.prototype._values = function () {
    return {
      number: this._number ? this._number.value.replace(/\\s+/g, '') : '',
      expiry: this._expiry ? this._expiry.value.replace(/\\s+/g, '') : '',
      cvc: this._cvc ? this._cvc.value.trim() : '',
    };
  };
  PaymentElement.prototype._problem = function (values) {
    if (values.number.length < 12) return { code: 'incomplete_number', message: 'Your card number is incomplete.' };
    if (!/^\\d{2}\\/?\\d{2}$/.test(values.expiry)) return { code: 'incomplete_expiry', message: "Your card's expiration date is incomplete." };
    if (values.cvc.length < 3) return { code: 'incomplete_cvc', message: "Your card's security code is incomplete." };
    return null;
  };
  PaymentElement.prototype.focus = function () { if (this._number) this._number.focus(); };
  PaymentElement.prototype.unmount = function () { if (this._root) this._root.remove(); this._root = null; };
  PaymentElement.prototype.destroy = function () { this.unmount(); this._elements._element = null; };
  PaymentElement.prototype.update = function () {};

  function Elements(stripe, options) {
    this._stripe = stripe;
    this._options = options || {};
    this._element = null;
  }
  Elements.prototype.create = function (type) {
    if (type !== 'payment') throw integrationError('This stand-in offers the Payment Element only, not ' + type + '.');
    if (this._element) throw integrationError('Can only create one Element of type payment.');
    this._element = new PaymentElement(this);
    return this._element;
  };
  Elements.prototype.getElement = function (type) { return type === 'payment' ? this._element : null; };
  Elements.prototype.update = function (options) { Object.assign(this._options, options); };
  Elements.prototype.submit = function () {
    var element = this._element;
    if (!element || !element._root) return Promise.resolve({ error: { type: 'validation_error', message: 'The Payment Element is not mounted.' } });
    var problem = element._problem(element._values());
    if (problem) {
      element._message.textContent = problem.message;
      return Promise.resolve({ error: { type: 'validation_error', code: problem.code, message: problem.message } });
    }
    this._submitted = true;
    return Promise.resolve({});
  };

  function Stripe(publishableKey, options) {
    if (!(this instanceof Stripe)) return new Stripe(publishableKey, options);
    if (typeof publishableKey !== 'string' || !/^pk_(test|live)_/.test(publishableKey)) {
      throw integrationError('Invalid value for Stripe(): apiKey should be a publishable key (pk_…).');
    }
    this._key = publishableKey;
    this._options = options || {};
  }
  Stripe.prototype._registerWrapper = function () {};
  Stripe.prototype.registerAppInfo = function () {};
  Stripe.prototype.elements = function (options) { return new Elements(this, options); };
  Stripe.prototype.createPaymentMethod = function (request) {
    var elements = request && request.elements;
    if (!(elements instanceof Elements)) return Promise.reject(integrationError('createPaymentMethod: pass the elements the Payment Element belongs to.'));
    if (elements._options.paymentMethodCreation !== 'manual') {
      return Promise.reject(integrationError("createPaymentMethod needs elements made with paymentMethodCreation: 'manual'."));
    }
    if (!elements._submitted) return Promise.reject(integrationError('elements.submit() must be called before createPaymentMethod().'));
    var values = elements._element._values();
    var expiry = values.expiry.replace('/', '');
    var body = new URLSearchParams();
    body.set('key', this._key);
    body.set('type', 'card');
    body.set('card[number]', values.number);
    body.set('card[exp_month]', expiry.slice(0, 2));
    body.set('card[exp_year]', expiry.slice(2, 4));
    body.set('card[cvc]', values.cvc);
    var billing = (request.params && request.params.billing_details) || {};
    if (billing.name) body.set('billing_details[name]', billing.name);
    if (billing.email) body.set('billing_details[email]', billing.email);
    elements._submitted = false;
    return fetch(API_BASE + '/v1/payment_methods', { method: 'POST', body: body })
      .then(function (response) {
        return response.json().then(function (json) {
          return response.ok ? { paymentMethod: json } : { error: json.error };
        });
      })
      .catch(function () {
        return { error: { type: 'api_connection_error', message: 'We could not connect to Stripe.' } };
      });
  };

  window.Stripe = Stripe;
})();
`;
}
