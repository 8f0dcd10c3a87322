import { describe, expect, it } from '@jest/globals';
import { ValidationError } from '../errors/errors.js';
import { addMoney, formatMoney, money, toMinorUnits } from '../money.js';

describe('money', () => {
  it('parses decimals into integer minor units without floating point drift', () => {
    expect(toMinorUnits('49.90', 'CHF')).toEqual({ amountMinor: 4990, currency: 'CHF' });
    expect(toMinorUnits('0.1', 'CHF').amountMinor + toMinorUnits('0.2', 'CHF').amountMinor).toBe(30);
    expect(toMinorUnits('1500', 'JPY')).toEqual({ amountMinor: 1500, currency: 'JPY' });
  });

  it('refuses more decimals than the currency has, floats and unknown currencies', () => {
    expect(() => toMinorUnits('1.234', 'CHF')).toThrow(ValidationError);
    expect(() => toMinorUnits('1.5', 'JPY')).toThrow(ValidationError);
    expect(() => money(10.5, 'CHF')).toThrow(/whole number/);
    expect(() => money(100, 'XYZ')).toThrow(/Unknown currency/);
  });

  it('never adds two currencies', () => {
    expect(() => addMoney(money(100, 'CHF'), money(100, 'EUR'))).toThrow(ValidationError);
    expect(addMoney(money(100, 'CHF'), money(250, 'CHF'))).toEqual({ amountMinor: 350, currency: 'CHF' });
  });

  it('formats for the locale', () => {
    expect(formatMoney(money(4990, 'CHF'), 'de-CH')).toMatch(/49\.90/);
    expect(formatMoney(money(4990, 'EUR'), 'fr-FR')).toMatch(/49,90/);
  });
});
