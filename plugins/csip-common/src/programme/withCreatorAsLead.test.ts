import { withCreatorAsLead } from './withCreatorAsLead';

describe('withCreatorAsLead', () => {
  it.each([
    {
      name: 'adds the creator as lead when absent',
      members: [{ userRef: 'user:default/sam', role: 'sponsor' as const }],
      expected: [
        { userRef: 'user:default/sam', role: 'sponsor' },
        { userRef: 'user:default/jo', role: 'lead' },
      ],
    },
    {
      name: 'keeps the creator in the roles given',
      members: [{ userRef: 'user:default/Jo', role: 'coach' as const }],
      expected: [{ userRef: 'user:default/Jo', role: 'coach' }],
    },
    {
      name: 'allows several roles per person but drops exact duplicates',
      members: [
        { userRef: 'user:default/jo', role: 'sponsor' as const },
        { userRef: 'user:default/jo', role: 'lead' as const },
        { userRef: 'user:default/JO', role: 'lead' as const },
      ],
      expected: [
        { userRef: 'user:default/jo', role: 'sponsor' },
        { userRef: 'user:default/jo', role: 'lead' },
      ],
    },
  ])('$name', ({ members, expected }) => {
    expect(withCreatorAsLead(members, 'user:default/jo')).toEqual(expected);
  });
});
