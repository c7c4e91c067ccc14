import { askedListPosition, itemAtPosition, listedItems } from './list-positions.js';

describe('askedListPosition', () => {
  it.each([
    ['7th advocacy strategy?', 7, ['7th']],
    ["what's the 2nd strategy in the edi direction", 2, ['2nd']],
    ['info policy strategy #5 pls', 5, ['#5']],
    ['info policy strategy # 5', 5, ['#5']],
    ['edi strategy number 10?', 10, ['number', '10']],
    ['what was item number three on the list', 3, ['number', 'three']],
    ['what is the fourth goal of advocacy', 4, ['fourth']],
  ])('reads %p as place %p', (question, position, words) => {
    expect(askedListPosition(question)).toEqual({ position, words: expect.arrayContaining(words) });
  });

  it('reads "the last one" and "last on the list" as the last place', () => {
    expect(askedListPosition('last one on the core values list?')?.position).toBe('last');
    expect(askedListPosition('what comes last on the list of values')?.position).toBe('last');
  });

  it.each([
    ['what is the reasoning behind the jan 17th date'],
    ['is it on the 17th of january'],
    ['when did the first healing day happen'],
    ['what happened last year'],
    ['what is the Laura Bush 21st Century Librarian Program?'],
    ['is there no one to ask'],
  ])('does not read %p as a place in a list', (question) => {
    expect(askedListPosition(question)).toBeNull();
  });
});

describe('listedItems and itemAtPosition', () => {
  const numbered = 'Advocacy strategies: (1) a national campaign; (2) coordinated training; (3) find partners and work with them. Each is reviewed yearly.';
  const semicolons = 'ALA is committed to these core values: member service; ethics, professionalism and integrity; and social responsibility and the public good.';

  it('splits numbered and semicolon lists into items, without what follows the last one', () => {
    expect(listedItems(numbered)).toEqual({ lead: 'Advocacy strategies', items: ['a national campaign', 'coordinated training', 'find partners and work with them'] });
    expect(listedItems(semicolons)?.items).toEqual(['member service', 'ethics, professionalism and integrity', 'social responsibility and the public good']);
    expect(listedItems('A plain sentence, with a comma.')).toBeNull();
  });

  it('tells the item asked for with its place and the list it is in', () => {
    expect(itemAtPosition(numbered, 2, 'Advocacy strategies?')).toBe('Number 2 of 3 (Advocacy strategies?): Coordinated training.');
    expect(itemAtPosition(semicolons, 'last', 'Core values?')).toBe('The last of 3 (Core values?): Social responsibility and the public good.');
    expect(itemAtPosition(numbered, 4, 'Advocacy strategies?')).toBeNull();
  });
});
