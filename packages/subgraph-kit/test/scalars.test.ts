import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { residentIdCheckChar, residentIdProblem } from '@pas/register-rules';
import { DateScalar, maskName, maskPhone, maskResidentId, Money, ResidentId } from '../src/index.js';

describe('resident IDs (GB 11643)', () => {
  it('accepts the standard’s own example, 11010519491231002X', () => {
    expect(residentIdProblem('11010519491231002X')).toBeNull();
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
  });

  it.each([
    ['a wrong check digit', '110105194912310021', 'check digit should be X'],
    ['an impossible birth date', '110105194902300028', 'impossible birth date'],
    ['a lower-case letter', '11010519491231002x', '17 digits'],
    ['15 digits (the old format)', '110105491231002', '17 digits'],
  ])('refuses %s', (_, id, message) => {
    expect(residentIdProblem(id)).toContain(message);
  });

  it('parses input in upper case and refuses a bad one with BAD_USER_INPUT', () => {
    expect(ResidentId.parseValue('11010519491231002x')).toBe('11010519491231002X');
    expect(() => ResidentId.parseValue('110105194912310021')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });

  it('masks an ID to its region, a phone to its ends and a name to its surname', () => {
    expect(maskResidentId('11010519491231002X')).toBe('110105************');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskName('欧阳修')).toBe('欧**');
  });
});

describe('Money', () => {
  it('is a whole number of fen', () => {
    expect(Money.parseValue(12_345)).toBe(12_345);
    expect(Money.parseLiteral({ kind: Kind.INT, value: '100' })).toBe(100);
  });

  it.each([[1.5], ['12.30'], [Number.MAX_SAFE_INTEGER + 2], ['一百']])('refuses %s with BAD_USER_INPUT', (value) => {
    expect(() => Money.parseValue(value)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });
});

describe('Date', () => {
  it('round-trips a calendar date', () => {
    expect(DateScalar.serialize(DateScalar.parseValue('2020-02-29'))).toBe('2020-02-29');
  });

  it('refuses a date that does not exist', () => {
    expect(() => DateScalar.parseValue('2019-02-29')).toThrow(/does not exist/);
  });
});
