// Amounts typed into forms and shown back in them, in minor units of the site's currency.
import { describe, expect, it } from '@jest/globals';
import { amountToMinor, minorDigitsOf, minorToAmountText } from '../i18n/money';

describe('amounts in forms', () => {
  it('knows each currency’s decimals', () => {
    expect(minorDigitsOf('CHF')).toBe(2);
    expect(minorDigitsOf('JPY')).toBe(0);
  });

  it('reads typed amounts exactly, with a comma or a point and the Swiss thousands mark', () => {
    expect(amountToMinor('45', 'CHF')).toBe(4500);
    expect(amountToMinor('72,50', 'CHF')).toBe(7250);
    expect(amountToMinor(' 0.29 ', 'CHF')).toBe(29);
    expect(amountToMinor('1’250.05', 'CHF')).toBe(125005);
    expect(amountToMinor("1'200.00", 'CHF')).toBe(120000);
    expect(amountToMinor('19.9', 'CHF')).toBe(1990);
    expect(amountToMinor('10,05', 'EUR')).toBe(1005);
    expect(amountToMinor('1500', 'JPY')).toBe(1500);
  });

  it('refuses what is not an amount, or has more decimals than the currency', () => {
    for (const text of ['', 'abc', 'ten', '-5', '4.555', '1e3', '12.5.0']) expect(amountToMinor(text, 'CHF')).toBeNull();
    expect(amountToMinor('10.5', 'JPY')).toBeNull();
  });

  it('shows minor units back as the amount a field holds', () => {
    expect(minorToAmountText(7250, 'CHF')).toBe('72.50');
    expect(minorToAmountText(5, 'CHF')).toBe('0.05');
    expect(minorToAmountText(1500, 'JPY')).toBe('1500');
  });
});
