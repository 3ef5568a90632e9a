import type { Decision, RecordedVote } from '../../shared/domain/council';
import { council, sessionWith, submitted } from './council-fixture';
import { tongKetRound } from './nominations-fixture';
import { dataOf, type TestApp } from './test-app';

const call = async <T>(app: TestApp, channel: string, input: unknown): Promise<T> => dataOf<T>(await app.callRaw(channel, input));

/** The awardees of `issuedDecision`, in the decision's order. */
export const AWARDEES = ['Nguyễn Văn An', 'Lê Thị Cúc', 'Trần Văn Bảo'];

/**
 * An issued decision (812/QĐ-UBND of 05/07/2025) granting three awards the council passed: a Chiến sĩ thi
 * đua cơ sở and two Bằng khen of the provincial Chairman, with register numbers.
 */
export async function issuedDecision(app: TestApp, issue = true): Promise<Decision> {
  const members = await council(app);
  const round = await tongKetRound(app, 'merit');
  const nominations = [
    await submitted(app, round.id, AWARDEES[0], 'CSTD_CS'),
    await submitted(app, round.id, AWARDEES[1], 'BK_TINH'),
    await submitted(app, round.id, AWARDEES[2], 'BK_TINH'),
  ];
  const session = await sessionWith(
    app,
    members,
    '2025-06-20',
    nominations.map((n) => n.id),
  );
  for (const n of nominations) {
    await call<RecordedVote>(app, 'sessions.recordVote', { sessionId: session.id, nominationId: n.id, votesFor: 13, votesAgainst: 0 });
  }
  const draft = await call<Decision>(app, 'decisions.create', {
    number: '812/QĐ-UBND',
    date: '2025-07-05',
    signerName: 'Nguyễn Văn Hùng',
    signerAuthority: 'KT. Chủ tịch — Phó Chủ tịch',
    nominationIds: nominations.map((n) => n.id),
  });
  return issue ? call<Decision>(app, 'decisions.issue', { id: draft.id }) : draft;
}
