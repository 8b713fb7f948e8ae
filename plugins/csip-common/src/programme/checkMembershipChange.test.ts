import { checkMembershipChange, diffMembers } from './checkMembershipChange';
import type { ProgrammeMember } from './programmeSchema';

const lead: ProgrammeMember = { userRef: 'user:default/priya', role: 'lead' };
const coach: ProgrammeMember = { userRef: 'user:default/alex', role: 'coach' };
const sponsor: ProgrammeMember = {
  userRef: 'user:default/dana',
  role: 'sponsor',
};
const before = [lead, coach, sponsor];

const codes = (
  after: ProgrammeMember[],
  actorRef = lead.userRef,
  actorOwnsProgramme = false,
) =>
  checkMembershipChange({ before, after, actorRef, actorOwnsProgramme }).map(
    p => p.code,
  );

describe('diffMembers', () => {
  it('lists added and removed people and roles, refs compared case-insensitively', () => {
    expect(
      diffMembers(before, [
        { userRef: 'user:default/PRIYA', role: 'lead' },
        coach,
        { userRef: 'user:default/omar', role: 'member' },
      ]),
    ).toEqual({
      added: [{ userRef: 'user:default/omar', role: 'member' }],
      removed: [sponsor],
    });
  });
});

describe('checkMembershipChange', () => {
  it('allows adding another person as a member', () => {
    expect(
      codes([...before, { userRef: 'user:default/omar', role: 'member' }]),
    ).toEqual([]);
  });

  it('refuses giving yourself a role you do not hold', () => {
    expect(codes([...before, { ...lead, role: 'coach' }])).toEqual([
      'self-elevation',
    ]);
    expect(
      codes([...before, { ...lead, role: 'sponsor' }], lead.userRef, true),
    ).toContain('self-elevation');
  });

  it('lets you step down, to member or by dropping a role', () => {
    expect(
      codes([lead, { ...coach, role: 'member' }, sponsor], coach.userRef),
    ).toEqual([]);
    expect(codes([coach, sponsor])).toEqual([]);
  });

  it('keeps at least one lead or coach', () => {
    expect(codes([sponsor])).toEqual(['last-lead-or-coach']);
  });

  it('needs a sponsor or the owner group to change the sponsors', () => {
    expect(codes([lead, coach])).toEqual(['sponsor-change']);
    expect(codes([lead, coach], lead.userRef, true)).toEqual([]);
    expect(
      codes(
        [...before, { userRef: 'user:default/erin', role: 'sponsor' }],
        sponsor.userRef,
      ),
    ).toEqual([]);
  });
});
