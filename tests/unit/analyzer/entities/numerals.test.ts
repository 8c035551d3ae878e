import { describe, expect, it } from 'vitest';
import { parseNumeral } from '../../../../utils/analyzer/entities/numerals';

describe('parseNumeral', () => {
  it.each([
    ['21884.56', 21884.56],
    ['三千', 3000],
    ['一千五百', 1500],
    ['三千六百', 3600],
    ['两万三', 23000],
    ['兩萬三千', 23000],
    ['一万二', 12000],
    ['八萬七千', 87000],
    ['五百', 500],
    ['壹仟', 1000],
    ['贰万伍仟', 25000],
    ['一千零五十', 1050],
    ['十五', 15],
    ['二十四', 24],
    ['3.5万', 35000],
    ['1.8万', 18000],
    ['4萬5千', 45000],
    ['1万5', 15000],
    ['20万', 200000],
    ['一亿二千万', 120000000],
    ['萬二', 12000],
    ['万五', 15000],
    ['千五', 1500],
  ])('reads %s as %d', (run, value) => {
    expect(parseNumeral(run)).toBe(value);
  });

  it.each(['千万', '万一', '千一', '万', '万二三', '百', '二零二四', '三百千', '1.2.3', '五五'])('refuses %s, which is not one number', (run) => {
    expect(parseNumeral(run)).toBeNull();
  });
});
