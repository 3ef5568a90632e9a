import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';

import type { DesktopShell } from '../../electron/main/desktop/shell';
import { CHANNEL_NAMES, type ChannelName } from '../../shared/contract';
import type { CertificateLayout } from '../../shared/domain/certificates';
import type { CouncilMember, CouncilSession, Decision } from '../../shared/domain/council';
import type { CriteriaSet, EthnicFlagList, Recognition } from '../../shared/domain/criteria';
import type { DocumentEntry } from '../../shared/domain/documents';
import type { ChecklistTemplate, Inspection, Person, Recommendation, VisitDetail } from '../../shared/domain/inspections';
import type { Milestone, MilestoneListItem, MovementDetail, Submission } from '../../shared/domain/movements';
import type { Award, NominationDetail, NominationRound } from '../../shared/domain/nominations';
import type { Settings } from '../../shared/domain/settings';
import { documentSettingsFor } from '../../shared/domain/settings';
import type { Target } from '../../shared/domain/targets';
import type { SuccessorLink } from '../../shared/domain/unit-history';
import type { Unit, UnitDetail } from '../../shared/domain/units';
import { council, sessionWith, submitted } from '../support/council-fixture';
import { advance, person, plannedRound, round } from '../support/inspections-fixture';
import { range, ruralCommunes, seedMovementId } from '../support/movements-fixture';
import { individual, nominate, proposalWorkbook, tongKetRound } from '../support/nominations-fixture';
import { dataOf, openTestApp, OPERATOR, type TestApp } from '../support/test-app';

/**
 * Channels that change no stored record. Every other channel of the contract is a write and needs a
 * scenario below, so a channel added later is audited or the walk fails naming it.
 * Save as and Print write a copy where the user chooses, not a record, so they are reads here.
 */
const READ_CHANNELS = new Set<string>([
  'app.capabilities',
  'audit.forEntity',
  'audit.forUnit',
  'criteria.sets',
  'criteria.getUnitYear',
  'criteria.forDistrictYear',
  'criteria.template',
  'criteria.importPreview',
  'recognitions.forUnit',
  'recognitions.list',
  'recognitions.warnings',
  'recognitions.forDistrictYear',
  'baseline.ethnicFlags',
  'baseline.readEthnicList',
  'income.list',
  'documents.templates',
  'documents.preview',
  'documents.list',
  'documents.get',
  'documents.saveAs',
  'documents.print',
  'movements.list',
  'movements.get',
  'milestones.list',
  'submissions.list',
  'submissions.overdue',
  'settings.get',
  'setup.status',
  'setup.provinces',
  'targets.list',
  'targets.evaluate',
  'targets.trend',
  'dashboard.summary',
  'dashboard.open',
  'dashboard.units',
  'unitHistory.successors',
  'unitHistory.rollUp',
  'villages.importPreview',
  'units.list',
  'units.get',
  'units.search',
  'attachments.list',
  'attachments.content',
  'attachments.open',
  'attachments.saveAs',
  'people.list',
  'inspections.list',
  'inspections.get',
  'inspections.visit',
  'inspections.template',
  'recommendations.list',
  'inspections.exportXlsx',
  'recommendations.exportXlsx',
  // Backups copy the data folder into backups/ (and the second folder); no record changes.
  'backups.list',
  'backups.create',
  'backups.preview',
  'backups.config',
  'backups.setConfig',
  'backups.progress',
  'backups.exportAll',
  'awards.catalogue',
  'rounds.list',
  'nominees.search',
  'nominees.get',
  'nominations.list',
  'nominations.exportXlsx',
  'nominations.get',
  'nominations.eligibility',
  'nominations.importPreview',
  'units.match',
  'units.aliases',
  'agencies.owners',
  'agencies.list',
  'agencies.results',
  'agencies.resultsXlsx',
  'agencies.page',
  'members.list',
  'sessions.get',
  'sessions.list',
  'sessions.candidates',
  'sessions.results',
  'decisions.get',
  'awards.register',
  'awards.registerXlsx',
  'units.exportXlsx',
  'units.exportCsv',
  'units.aliasImportPreview',
  'backups.exportArchive',
  'decisions.list',
  'decisions.candidates',
  'awards.registerCsv',
  'certificates.layouts',
  'certificates.image',
  'exports.list',
  'units.importPreview',
]);

/** What a write must leave in the history: the entity it changed and, when known up front, its id. */
interface Expected {
  entity: string;
  entityId?: number;
}

interface Scenario {
  /** Runs on a database that was never set up (setup itself). */
  fresh?: boolean;
  /** The desktop shell the write needs (native dialogs). */
  shell?: () => DesktopShell;
  /** Everything the write needs, done before the audit log is measured. */
  prepare?: (app: TestApp) => Promise<unknown>;
  /** The write itself, through the channel; returns what it must have audited. */
  write: (app: TestApp, prepared: unknown) => Promise<Expected>;
}

const call = async <T>(app: TestApp, channel: ChannelName, input: unknown): Promise<T> => dataOf<T>(await app.callRaw(channel, input));

const districtOf = (app: TestApp) => ruralCommunes(app)[0].districtId;
const communeOf = (app: TestApp) => ruralCommunes(app)[0].id;

async function firstMilestone(app: TestApp, withSubmission: boolean): Promise<MilestoneListItem> {
  const list = await call<MilestoneListItem[]>(app, 'milestones.list', { movementId: await seedMovementId(app) });
  const found = list.find((m) => m.requiresSubmission === withSubmission);
  if (!found) throw new Error('the seed movement has no such milestone');
  return found;
}

async function participant(app: TestApp, milestoneId: number): Promise<Submission> {
  return (await call<Submission[]>(app, 'submissions.list', { milestoneId }))[0];
}

async function criteriaWorkbook(app: TestApp, districtId: number): Promise<string> {
  const file = await call<{ base64: string }>(app, 'criteria.template', { districtId, year: 2024 });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  workbook.worksheets[0].getRow(5).getCell(4).value = 'x';
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** A province's own set (national sets are law and cannot be edited), with one criterion. */
async function editableSet(app: TestApp): Promise<CriteriaSet> {
  const existing = (await call<CriteriaSet[]>(app, 'criteria.sets', {})).find((set) => set.editable && set.criteria.length > 0);
  if (existing) return existing;
  const at = '2025-01-01T00:00:00.000Z';
  const setId = Number(
    app.ctx.db
      .prepare(
        `INSERT INTO criteria_sets (code, name, scope, editable, created_at, updated_at) VALUES ('thon-kieu-mau', 'Thôn kiểu mẫu', 'village', 1, ?, ?)`,
      )
      .run(at, at).lastInsertRowid,
  );
  await call(app, 'criteria.addCriterion', { setId, name: 'Giao thông' });
  return (await call<CriteriaSet[]>(app, 'criteria.sets', {})).find((set) => set.id === setId) as CriteriaSet;
}

function targetFields(target: Target) {
  const { code, ordinal, label, definition, goal, direction, baseYear, note } = target;
  return { code, ordinal, label, definition, goal, direction, baseYear, note };
}

function milestoneFields(m: Milestone) {
  const { ordinal, title, kind, dueDate, responsible, requiresSubmission, completedDate, note } = m;
  return { ordinal, title, kind, dueDate, responsible, requiresSubmission, completedDate, note };
}

async function newVillage(app: TestApp): Promise<Unit> {
  return call<Unit>(app, 'units.create', { name: 'Thôn Kiểm Tra', kind: 'village', adminType: 'Thôn', parentId: communeOf(app) });
}

/** A numbered document: the movement report of 2022 with one district's records (the unit directory is never issued). */
async function issued(app: TestApp): Promise<DocumentEntry> {
  const districtId = districtOf(app);
  const rows = ruralCommunes(app)
    .filter((commune) => commune.districtId === districtId)
    .map((commune, index) => ({ unitId: commune.id, criteriaMet: range(12 + (index % 8)), version: null }));
  await call(app, 'criteria.setDistrictYear', { districtId, year: 2022, rows });
  return call<DocumentEntry>(app, 'documents.issue', {
    template: 'movement-report',
    params: { movementId: await seedMovementId(app), year: 2022 },
    date: '2026-12-05',
  });
}

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('anh chup van ban')]);

async function submissionWithRecord(app: TestApp): Promise<Submission> {
  const milestone = await firstMilestone(app, true);
  const s = await participant(app, milestone.id);
  return call<Submission>(app, 'submissions.set', {
    milestoneId: milestone.id,
    unitId: s.unitId,
    documentNumber: '12/BC-UBND',
    version: null,
  });
}

const scenarios: Record<string, Scenario> = {
  'settings.update': {
    prepare: (app) => call<Settings>(app, 'settings.get', {}),
    write: async (app, settings) => {
      await call(app, 'settings.update', { version: (settings as Settings).version, placeName: 'Kon Tum' });
      return { entity: 'settings' };
    },
  },
  'setup.initialize': {
    fresh: true,
    write: async (app) => {
      await call(app, 'setup.initialize', {
        provinceCode: '62',
        operatorName: OPERATOR,
        documentSettings: documentSettingsFor('Tỉnh Kon Tum'),
      });
      return { entity: 'unit' };
    },
  },
  'units.create': {
    write: async (app) => ({ entity: 'unit', entityId: (await newVillage(app)).id }),
  },
  'units.update': {
    prepare: (app) => call<UnitDetail>(app, 'units.get', { id: communeOf(app) }),
    write: async (app, prepared) => {
      const u = prepared as UnitDetail;
      await call(app, 'units.update', {
        id: u.id,
        version: u.version,
        code: u.code,
        name: u.name,
        kind: u.kind,
        adminType: u.adminType,
        parentId: u.parentId,
        ethnicMinorityArea: !u.ethnicMinorityArea,
      });
      return { entity: 'unit', entityId: u.id };
    },
  },
  'units.archive': {
    prepare: newVillage,
    write: async (app, prepared) => {
      const u = prepared as Unit;
      await call(app, 'units.archive', { id: u.id, version: u.version });
      return { entity: 'unit', entityId: u.id };
    },
  },
  'units.restore': {
    prepare: async (app) => {
      const u = await newVillage(app);
      return call<Unit>(app, 'units.archive', { id: u.id, version: u.version });
    },
    write: async (app, prepared) => {
      const u = prepared as Unit;
      await call(app, 'units.restore', { id: u.id, version: u.version });
      return { entity: 'unit', entityId: u.id };
    },
  },
  'units.addAlias': {
    write: async (app) => {
      const unitId = communeOf(app);
      await call(app, 'units.addAlias', { unitId, name: 'UBND xã Tên Cũ' });
      return { entity: 'unit-alias', entityId: unitId };
    },
  },
  'units.aliasImportCommit': {
    write: async (app) => {
      const unitId = communeOf(app);
      const unit = await call<Unit>(app, 'units.get', { id: unitId });
      const file = `Mã,Tên đơn vị,Cấp trên,Tên gọi khác\r\n${unit.code ?? ''},${unit.name},,Tên Nhập Cũ\r\n`;
      await call(app, 'units.aliasImportCommit', { fileName: 'danh-ba.csv', base64: Buffer.from(file).toString('base64') });
      return { entity: 'unit-alias', entityId: unitId };
    },
  },
  'units.removeAlias': {
    prepare: (app) => call<{ id: number; unitId: number }>(app, 'units.addAlias', { unitId: communeOf(app), name: 'Tên Cũ' }),
    write: async (app, prepared) => {
      const alias = prepared as { id: number; unitId: number };
      await call(app, 'units.removeAlias', { id: alias.id });
      return { entity: 'unit-alias', entityId: alias.unitId };
    },
  },
  'unitHistory.setValidity': {
    prepare: newVillage,
    write: async (app, prepared) => {
      const u = prepared as Unit;
      await call(app, 'unitHistory.setValidity', { id: u.id, version: u.version, validFrom: '2020-01-01', validTo: null });
      return { entity: 'unit', entityId: u.id };
    },
  },
  'unitHistory.setSuccessor': {
    prepare: async (app) => [
      await newVillage(app),
      await call<Unit>(app, 'units.create', { name: 'Thôn Mới', kind: 'village', adminType: 'Thôn', parentId: communeOf(app) }),
    ],
    write: async (app, prepared) => {
      const [older, newer] = prepared as Unit[];
      const link = await call<SuccessorLink>(app, 'unitHistory.setSuccessor', {
        unitId: older.id,
        relation: 'merged_into',
        otherUnitId: newer.id,
        effectiveDate: '2025-07-01',
        decision: { number: '1/NQ-HĐND', date: null, issuer: '' },
      });
      return { entity: 'unit-successor', entityId: link.id };
    },
  },
  'unitHistory.removeSuccessor': {
    prepare: async (app) => {
      const older = await newVillage(app);
      const newer = await call<Unit>(app, 'units.create', {
        name: 'Thôn Mới',
        kind: 'village',
        adminType: 'Thôn',
        parentId: communeOf(app),
      });
      return call<SuccessorLink>(app, 'unitHistory.setSuccessor', {
        unitId: older.id,
        relation: 'merged_into',
        otherUnitId: newer.id,
        effectiveDate: '2025-07-01',
        decision: { number: '', date: null, issuer: '' },
      });
    },
    write: async (app, prepared) => {
      const link = prepared as SuccessorLink;
      await call(app, 'unitHistory.removeSuccessor', { linkId: link.id });
      return { entity: 'unit-successor', entityId: link.id };
    },
  },
  'unitHistory.createSuccessor': {
    write: async (app) => {
      const link = await call<SuccessorLink>(app, 'unitHistory.createSuccessor', {
        predecessorId: app.idOfCode('62'),
        relation: 'merged_into',
        unit: { name: 'Tỉnh Quảng Ngãi', kind: 'province', adminType: 'Tỉnh', code: '51', parentId: null },
        effectiveDate: '2025-07-01',
        decision: { number: '202/2025/QH15', date: '2025-06-12', issuer: 'Quốc hội' },
      });
      return { entity: 'unit-successor', entityId: link.id };
    },
  },
  'units.importCommit': {
    prepare: async (app) => {
      const district = (await call<{ rows: Unit[] }>(app, 'units.list', { kind: 'district' })).rows[0];
      const csv = `Mã,Tên đơn vị,Loại,Cấp trên\r\n,Xã Nhập Từ Tệp,Xã,${district.name}\r\n`;
      return Buffer.from(csv, 'utf8').toString('base64');
    },
    write: async (app, base64) => {
      await call(app, 'units.importCommit', { fileName: 'danh-ba.csv', base64 });
      return { entity: 'unit' };
    },
  },
  'villages.importCommit': {
    write: async (app) => {
      await call(app, 'villages.importCommit', { rows: [{ name: 'Thôn Nhập', commune: String(communeOf(app)) }] });
      return { entity: 'unit' };
    },
  },
  'movements.create': {
    write: async (app) => {
      const created = await call<MovementDetail>(app, 'movements.create', {
        name: 'Phong trào thử',
        kind: 'thematic',
        startYear: 2025,
        endYear: 2026,
        document: { number: '', date: null, issuer: '', title: '', attachmentPath: '' },
        description: '',
        status: 'active',
      });
      return { entity: 'movement', entityId: created.id };
    },
  },
  'movements.update': {
    prepare: async (app) => call<MovementDetail>(app, 'movements.get', { id: await seedMovementId(app) }),
    write: async (app, prepared) => {
      const m = prepared as MovementDetail;
      await call(app, 'movements.update', {
        id: m.id,
        version: m.version,
        fields: {
          name: m.name,
          kind: m.kind,
          startYear: m.startYear,
          endYear: m.endYear,
          document: m.document,
          description: `${m.description} `.trim() + ' (đã sửa)',
          scopeUnitId: m.scopeUnitId,
          participantIds: m.participants.map((p) => p.id),
          status: m.status,
        },
      });
      return { entity: 'movement', entityId: m.id };
    },
  },
  'milestones.create': {
    write: async (app) => {
      const created = await call<Milestone>(app, 'milestones.create', {
        movementId: await seedMovementId(app),
        title: 'Sơ kết',
        kind: 'preliminary',
        dueDate: '2026-06-30',
      });
      return { entity: 'milestone', entityId: created.id };
    },
  },
  'milestones.update': {
    prepare: (app) => firstMilestone(app, false),
    write: async (app, prepared) => {
      const m = prepared as Milestone;
      await call(app, 'milestones.update', { id: m.id, version: m.version, ...milestoneFields(m), note: 'đã sửa' });
      return { entity: 'milestone', entityId: m.id };
    },
  },
  'submissions.set': {
    prepare: (app) => firstMilestone(app, true),
    write: async (app, prepared) => {
      const m = prepared as Milestone;
      const s = await participant(app, m.id);
      const saved = await call<Submission>(app, 'submissions.set', {
        milestoneId: m.id,
        unitId: s.unitId,
        receivedDate: '2025-01-10',
        version: null,
      });
      return { entity: 'submission', entityId: saved.id ?? -1 };
    },
  },
  'submissions.receiveBulk': {
    prepare: (app) => firstMilestone(app, true),
    write: async (app, prepared) => {
      const m = prepared as Milestone;
      const s = await participant(app, m.id);
      await call(app, 'submissions.receiveBulk', { milestoneId: m.id, unitIds: [s.unitId], receivedDate: '2025-01-10' });
      const after = await participant(app, m.id);
      return { entity: 'submission', entityId: after.id ?? -1 };
    },
  },
  'targets.create': {
    prepare: async (app) => (await call<Target[]>(app, 'targets.list', { movementId: await seedMovementId(app) }))[0],
    write: async (app, prepared) => {
      const t = prepared as Target;
      const created = await call<Target>(app, 'targets.create', {
        movementId: t.movementId,
        ...targetFields(t),
        code: 'CT-THU',
        label: 'Chỉ tiêu thử',
      });
      return { entity: 'target', entityId: created.id };
    },
  },
  'targets.update': {
    prepare: async (app) => (await call<Target[]>(app, 'targets.list', { movementId: await seedMovementId(app) }))[0],
    write: async (app, prepared) => {
      const t = prepared as Target;
      await call(app, 'targets.update', { id: t.id, version: t.version, ...targetFields(t), note: 'đã sửa' });
      return { entity: 'target', entityId: t.id };
    },
  },
  'criteria.updateSet': {
    prepare: async (app) => (await call<CriteriaSet[]>(app, 'criteria.sets', {}))[0],
    write: async (app, prepared) => {
      const s = prepared as CriteriaSet;
      await call(app, 'criteria.updateSet', {
        id: s.id,
        version: s.version,
        name: `${s.name} (sửa)`,
        adminTypes: s.adminTypes,
        legalBasis: s.legalBasis,
        validFrom: s.validFrom,
        validTo: s.validTo,
      });
      return { entity: 'criteria-set', entityId: s.id };
    },
  },
  'criteria.addCriterion': {
    prepare: editableSet,
    write: async (app, prepared) => {
      const created = await call<{ id: number }>(app, 'criteria.addCriterion', {
        setId: (prepared as CriteriaSet).id,
        name: 'Tiêu chí thử',
      });
      return { entity: 'criterion', entityId: created.id };
    },
  },
  'criteria.updateCriterion': {
    prepare: async (app) => (await editableSet(app)).criteria[0],
    write: async (app, prepared) => {
      const c = prepared as CriteriaSet['criteria'][number];
      await call(app, 'criteria.updateCriterion', {
        id: c.id,
        version: c.version,
        number: c.number,
        name: `${c.name} (sửa)`,
        groupName: c.groupName,
      });
      return { entity: 'criterion', entityId: c.id };
    },
  },
  'criteria.setUnitYear': {
    write: async (app) => {
      await call(app, 'criteria.setUnitYear', { unitId: communeOf(app), year: 2024, criteriaMet: [1, 2, 3], version: null });
      return { entity: 'unit-criteria', entityId: communeOf(app) };
    },
  },
  'criteria.setDistrictYear': {
    write: async (app) => {
      await call(app, 'criteria.setDistrictYear', {
        districtId: districtOf(app),
        year: 2024,
        rows: [{ unitId: communeOf(app), criteriaMet: [1], version: null }],
      });
      return { entity: 'unit-criteria', entityId: communeOf(app) };
    },
  },
  'criteria.importCommit': {
    prepare: (app) => criteriaWorkbook(app, districtOf(app)),
    write: async (app, base64) => {
      await call(app, 'criteria.importCommit', { districtId: districtOf(app), year: 2024, base64 });
      return { entity: 'unit-criteria' };
    },
  },
  'recognitions.set': {
    write: async (app) => {
      const saved = await call<{ id: number }>(app, 'recognitions.set', {
        unitId: communeOf(app),
        year: 2024,
        level: 'ntm',
        version: null,
      });
      return { entity: 'recognition', entityId: saved.id };
    },
  },
  'recognitions.update': {
    prepare: (app) => call<Recognition>(app, 'recognitions.set', { unitId: communeOf(app), year: 2023, level: 'ntm', version: null }),
    write: async (app, prepared) => {
      const r = prepared as Recognition;
      await call(app, 'recognitions.update', { id: r.id, version: r.version, year: 2023, level: 'ntm-advanced', note: 'Sửa mức' });
      return { entity: 'recognition', entityId: r.id };
    },
  },
  'recognitions.remove': {
    prepare: (app) => call<Recognition>(app, 'recognitions.set', { unitId: communeOf(app), year: 2023, level: 'ntm', version: null }),
    write: async (app, prepared) => {
      const r = prepared as Recognition;
      await call(app, 'recognitions.remove', { id: r.id, version: r.version });
      return { entity: 'recognition', entityId: r.id };
    },
  },
  'recognitions.setDistrictYear': {
    write: async (app) => {
      await call(app, 'recognitions.setDistrictYear', {
        districtId: districtOf(app),
        year: 2022,
        rows: [
          {
            unitId: communeOf(app),
            level: 'ntm',
            decision: { number: '15/QĐ-UBND', date: '2022-12-20', signerAuthority: '' },
            version: null,
          },
        ],
      });
      return { entity: 'recognition' };
    },
  },
  'baseline.setEthnicFlags': {
    prepare: (app) => call<EthnicFlagList>(app, 'baseline.ethnicFlags', { districtId: districtOf(app) }),
    write: async (app, prepared) => {
      const [first] = (prepared as EthnicFlagList).rows;
      await call(app, 'baseline.setEthnicFlags', {
        districtId: districtOf(app),
        changes: [{ unitId: first.unitId, ethnicMinorityArea: !first.ethnicMinorityArea, version: first.version }],
      });
      return { entity: 'unit', entityId: first.unitId };
    },
  },
  'income.set': {
    write: async (app) => {
      const saved = await call<{ id: number }>(app, 'income.set', { unitId: districtOf(app), year: 2024, amount: 45.5, version: null });
      return { entity: 'income', entityId: saved.id };
    },
  },
  'documents.issue': {
    write: async (app) => ({ entity: 'document', entityId: (await issued(app)).id }),
  },
  'documents.cancel': {
    prepare: issued,
    write: async (app, prepared) => {
      const d = prepared as DocumentEntry;
      await call(app, 'documents.cancel', { id: d.id, version: d.version, reason: 'Sai số liệu' });
      return { entity: 'document', entityId: d.id };
    },
  },
  'attachments.add': {
    prepare: submissionWithRecord,
    write: async (app, prepared) => {
      const s = prepared as Submission;
      const added = await call<{ id: number }>(app, 'attachments.add', {
        ownerKind: 'submission',
        ownerId: s.id,
        name: 'bao-cao.png',
        base64: PNG.toString('base64'),
      });
      return { entity: 'attachment', entityId: added.id };
    },
  },
  'attachments.choose': {
    shell: () => {
      const file = path.join(os.tmpdir(), `thidua-audit-walk-${process.pid}.png`);
      fs.writeFileSync(file, PNG);
      const refuse = () => Promise.reject(new Error('not used'));
      return { chooseFiles: () => Promise.resolve([file]), saveFile: refuse, printPdf: refuse, openFile: refuse };
    },
    prepare: submissionWithRecord,
    write: async (app, prepared) => {
      const [added] = await call<{ id: number }[]>(app, 'attachments.choose', {
        ownerKind: 'submission',
        ownerId: (prepared as Submission).id,
      });
      return { entity: 'attachment', entityId: added.id };
    },
  },
  'backups.restore': {
    prepare: (app) => call<{ id: string }>(app, 'backups.create', {}),
    write: async (app, prepared) => {
      await call(app, 'backups.restore', { id: (prepared as { id: string }).id, confirm: true });
      return { entity: 'database', entityId: 1 };
    },
  },
  'backups.importArchive': {
    prepare: (app) => call<{ path: string }>(app, 'backups.exportArchive', {}),
    write: async (app, prepared) => {
      await call(app, 'backups.importArchive', { path: (prepared as { path: string }).path, confirm: true });
      return { entity: 'database', entityId: 1 };
    },
  },
  'attachments.remove': {
    prepare: async (app) => {
      const s = await submissionWithRecord(app);
      return call<{ id: number }>(app, 'attachments.add', {
        ownerKind: 'submission',
        ownerId: s.id,
        name: 'a.png',
        base64: PNG.toString('base64'),
      });
    },
    write: async (app, prepared) => {
      const a = prepared as { id: number };
      await call(app, 'attachments.remove', { id: a.id });
      return { entity: 'attachment', entityId: a.id };
    },
  },
  'people.create': {
    write: async (app) => ({ entity: 'person', entityId: (await person(app, 'Nguyễn Văn An')).id }),
  },
  'people.update': {
    prepare: (app) => person(app, 'Nguyễn Văn An'),
    write: async (app, prepared) => {
      const p = prepared as Person;
      await call(app, 'people.update', { id: p.id, version: p.version, fullName: p.fullName, position: 'Trưởng phòng', agency: p.agency });
      return { entity: 'person', entityId: p.id };
    },
  },
  'inspections.create': {
    write: async (app) => ({ entity: 'inspection', entityId: (await round(app, 2025)).id }),
  },
  'inspections.update': {
    prepare: (app) => round(app, 2025),
    write: async (app, prepared) => {
      const r = prepared as Inspection;
      const { id, version, year, title, periodFrom, periodTo, movementIds } = r;
      await call(app, 'inspections.update', {
        id,
        version,
        year,
        title,
        periodFrom,
        periodTo,
        movementIds,
        legalBasis: 'Luật Thi đua, khen thưởng năm 2022',
      });
      return { entity: 'inspection', entityId: id };
    },
  },
  'inspections.saveTeam': {
    prepare: async (app) => ({ inspection: await round(app, 2025), leader: await person(app, 'Trần Văn Bình') }),
    write: async (app, prepared) => {
      const { inspection, leader } = prepared as { inspection: Inspection; leader: Person };
      const team = await call<{ id: number }>(app, 'inspections.saveTeam', {
        inspectionId: inspection.id,
        name: 'Đoàn số 1',
        members: [{ personId: leader.id, role: 'leader' }],
      });
      return { entity: 'inspection-team', entityId: team.id };
    },
  },
  'inspections.addVisit': {
    prepare: (app) => round(app, 2025),
    write: async (app, prepared) => {
      const visit = await call<{ id: number }>(app, 'inspections.addVisit', {
        inspectionId: (prepared as Inspection).id,
        unitId: communeOf(app),
        date: '2025-07-10',
      });
      return { entity: 'inspection-visit', entityId: visit.id };
    },
  },
  'inspections.updateVisit': {
    prepare: async (app) => (await plannedRound(app, 2025)).visits[0],
    write: async (app, prepared) => {
      const v = prepared as VisitDetail;
      await call(app, 'inspections.updateVisit', {
        id: v.id,
        version: v.version,
        date: v.date,
        teamId: v.teamId,
        place: 'Hội trường UBND xã',
        selfAssessmentDate: '2025-07-01',
      });
      return { entity: 'inspection-visit', entityId: v.id };
    },
  },
  'inspections.updateTemplate': {
    prepare: (app) => call<ChecklistTemplate>(app, 'inspections.template', {}),
    write: async (app, prepared) => {
      const t = prepared as ChecklistTemplate;
      await call(app, 'inspections.updateTemplate', {
        id: t.id,
        version: t.version,
        title: t.title,
        bands: [
          { label: 'Tốt', minPoints: 80 },
          { label: 'Chưa tốt', minPoints: 0 },
        ],
      });
      return { entity: 'checklist-template', entityId: t.id };
    },
  },
  'inspections.setResults': {
    prepare: async (app) => advance(app, (await plannedRound(app, 2025)).visits[0], 'in-progress'),
    write: async (app, prepared) => {
      const v = prepared as VisitDetail;
      const item = v.checklist.sections[0].items[0];
      await call(app, 'inspections.setResults', { visitId: v.id, items: [{ itemId: item.id, result: 'pass', points: 8 }] });
      return { entity: 'inspection-visit', entityId: v.id };
    },
  },
  'inspections.setFindings': {
    prepare: async (app) => (await plannedRound(app, 2025)).visits[0],
    write: async (app, prepared) => {
      const v = prepared as VisitDetail;
      await call(app, 'inspections.setFindings', { visitId: v.id, version: v.version, strengths: 'Ban hành kế hoạch kịp thời.' });
      return { entity: 'inspection-visit', entityId: v.id };
    },
  },
  'inspections.transition': {
    prepare: async (app) => (await plannedRound(app, 2025)).visits[0],
    write: async (app, prepared) => {
      const v = prepared as VisitDetail;
      await call(app, 'inspections.transition', { visitId: v.id, to: 'in-progress', version: v.version });
      return { entity: 'inspection-visit', entityId: v.id };
    },
  },
  'recommendations.create': {
    prepare: async (app) => (await plannedRound(app, 2025)).visits[0],
    write: async (app, prepared) => {
      const v = prepared as VisitDetail;
      const r = await call<Recommendation>(app, 'recommendations.create', {
        visitId: v.id,
        text: 'Kiện toàn Hội đồng Thi đua - Khen thưởng xã',
        responsibleUnitId: v.unitId,
        deadline: '2025-12-31',
      });
      return { entity: 'recommendation', entityId: r.id };
    },
  },
  'recommendations.update': {
    prepare: async (app) => {
      const v = (await plannedRound(app, 2025)).visits[0];
      return call<Recommendation>(app, 'recommendations.create', {
        visitId: v.id,
        text: 'Lập sổ theo dõi khen thưởng',
        responsibleUnitId: v.unitId,
        deadline: '2025-12-31',
      });
    },
    write: async (app, prepared) => {
      const r = prepared as Recommendation;
      await call(app, 'recommendations.update', {
        id: r.id,
        version: r.version,
        status: 'in-progress',
        followUp: { date: '2025-09-01', text: 'Đã dự thảo quyết định' },
      });
      return { entity: 'recommendation', entityId: r.id };
    },
  },
  'rounds.create': {
    write: async (app) => ({ entity: 'nomination-round', entityId: (await tongKetRound(app)).id }),
  },
  'rounds.update': {
    prepare: (app) => tongKetRound(app),
    write: async (app, prepared) => {
      const r = prepared as NominationRound;
      await call(app, 'rounds.update', { id: r.id, version: r.version, status: 'closed' });
      return { entity: 'nomination-round', entityId: r.id };
    },
  },
  'nominees.create': {
    write: async (app) => ({ entity: 'nominee', entityId: (await individual(app, 'Nguyễn Văn An')).id }),
  },
  'nominees.createBulk': {
    write: async (app) => {
      const created = await call<{ ids: number[] }>(app, 'nominees.createBulk', {
        rows: [
          { kind: 'individual', name: 'Nguyễn Văn An', birthYear: 1978 },
          { kind: 'household', name: 'A Thút', village: 'Thôn Kon Klor' },
        ],
      });
      return { entity: 'nominee', entityId: created.ids[0] };
    },
  },
  'nominees.addAward': {
    prepare: (app) => individual(app, 'Nguyễn Văn An'),
    write: async (app, prepared) => {
      const nomineeId = (prepared as { id: number }).id;
      await call(app, 'nominees.addAward', { nomineeId, awardCode: 'CSTD_CS', year: 2024, decisionNumber: '12/QĐ-UBND' });
      return { entity: 'nominee', entityId: nomineeId };
    },
  },
  'nominees.addRecord': {
    prepare: (app) => individual(app, 'Nguyễn Văn An'),
    write: async (app, prepared) => {
      const nomineeId = (prepared as { id: number }).id;
      await call(app, 'nominees.addRecord', { kind: 'rating', nomineeId, year: 2024, rating: 'HTXSNV' });
      return { entity: 'nominee', entityId: nomineeId };
    },
  },
  'nominations.create': {
    prepare: async (app) => ({ round: await tongKetRound(app), nominee: await individual(app, 'Nguyễn Văn An') }),
    write: async (app, prepared) => {
      const { round: r, nominee } = prepared as { round: NominationRound; nominee: { id: number } };
      return { entity: 'nomination', entityId: (await nominate(app, r.id, nominee.id, 'BK_TINH')).id };
    },
  },
  'nominations.transition': {
    prepare: async (app) => nominate(app, (await tongKetRound(app)).id, (await individual(app, 'Nguyễn Văn An')).id, 'BK_TINH'),
    write: async (app, prepared) => {
      const n = prepared as NominationDetail;
      await call(app, 'nominations.transition', { id: n.id, to: 'received', version: n.version });
      return { entity: 'nomination', entityId: n.id };
    },
  },
  'nominations.setDocument': {
    prepare: async (app) => nominate(app, (await tongKetRound(app)).id, (await individual(app, 'Nguyễn Văn An')).id, 'BK_TINH'),
    write: async (app, prepared) => {
      const n = prepared as NominationDetail;
      await call(app, 'nominations.setDocument', { id: n.id, version: n.version, documentCode: 'to-trinh', received: true });
      return { entity: 'nomination', entityId: n.id };
    },
  },
  'nominees.update': {
    prepare: (app) => individual(app, 'Nguyễn Văn An'),
    write: async (app, prepared) => {
      const n = prepared as { id: number; version: number };
      await call(app, 'nominees.update', { id: n.id, version: n.version, kind: 'individual', name: 'Nguyễn Văn Ân', birthYear: 1978 });
      return { entity: 'nominee', entityId: n.id };
    },
  },
  'nominations.update': {
    prepare: async (app) => nominate(app, (await tongKetRound(app)).id, (await individual(app, 'Nguyễn Văn An')).id, 'BK_TINH'),
    write: async (app, prepared) => {
      const n = prepared as NominationDetail;
      await call(app, 'nominations.update', {
        id: n.id,
        version: n.version,
        awardCode: 'GIAY_KHEN',
        proposingUnitId: n.proposingUnitId,
        workdays: 12,
      });
      return { entity: 'nomination', entityId: n.id };
    },
  },
  'awards.updateVoteRule': {
    prepare: async (app) => (await call<Award[]>(app, 'awards.catalogue', {})).find((a) => a.code === 'CSTD_CS'),
    write: async (app, prepared) => {
      const vote = (prepared as Award).voteRules[1];
      await call(app, 'awards.updateVoteRule', {
        id: vote.id,
        version: vote.version,
        required: true,
        thresholdPercent: 75,
        base: 'all-members',
        secretBallot: true,
      });
      return { entity: 'award-vote-rule', entityId: vote.id };
    },
  },
  'awards.updateRule': {
    prepare: async (app) => (await call<Award[]>(app, 'awards.catalogue', {})).find((a) => a.code === 'CSTD_TINH'),
    write: async (app, prepared) => {
      const rule = (prepared as Award).rules[1];
      await call(app, 'awards.updateRule', {
        id: rule.id,
        version: rule.version,
        condition: { kind: 'consecutive', mark: { award: 'CSTD_CS' }, years: 3 },
        excludeAwardKinds: ['thematic'],
        note: '',
      });
      return { entity: 'award-rule', entityId: rule.id };
    },
  },
  'nominations.importCommit': {
    prepare: async (app) => ({ round: await tongKetRound(app), base64: await proposalWorkbook() }),
    write: async (app, prepared) => {
      const { round: r, base64 } = prepared as { round: NominationRound; base64: string };
      await call(app, 'nominations.importCommit', { roundId: r.id, base64, proposingUnitId: communeOf(app) });
      return { entity: 'nomination' };
    },
  },
  'agencies.setOwners': {
    prepare: async (app) => (await call<{ criterionId: number; agencies: { id: number }[] }[]>(app, 'agencies.owners', { setId: 1 }))[1],
    write: async (app, prepared) => {
      const owners = prepared as { criterionId: number; agencies: { id: number }[] };
      await call(app, 'agencies.setOwners', { criterionId: owners.criterionId, agencyIds: owners.agencies.map((a) => a.id).reverse() });
      return { entity: 'criterion', entityId: owners.criterionId };
    },
  },
  'agencies.recordReply': {
    prepare: async (app) => {
      const movementId = await seedMovementId(app);
      await issued(app);
      const [owner] = await call<{ agencies: { id: number }[] }[]>(app, 'agencies.owners', { setId: 1 });
      return call<DocumentEntry>(app, 'documents.issue', {
        template: 'criteria-reminder',
        params: { movementId, year: 2022, agencyId: owner.agencies[0].id },
        date: '2026-12-05',
      });
    },
    write: async (app, prepared) => {
      const letter = prepared as DocumentEntry;
      await call(app, 'agencies.recordReply', { documentId: letter.id, receivedDate: '2026-12-12', number: '45/SXD-QH' });
      return { entity: 'document', entityId: letter.id };
    },
  },
  'members.create': {
    prepare: (app) => call<Person>(app, 'people.create', { fullName: 'Nguyễn Văn Hùng', position: 'Phó Chủ tịch UBND tỉnh' }),
    write: async (app, prepared) => {
      const member = await call<CouncilMember>(app, 'members.create', {
        personId: (prepared as Person).id,
        role: 'chair',
        termFrom: '2021-01-01',
      });
      return { entity: 'council-member', entityId: member.id };
    },
  },
  'members.update': {
    prepare: (app) => council(app),
    write: async (app, prepared) => {
      const member = (prepared as CouncilMember[])[5];
      await call(app, 'members.update', { id: member.id, version: member.version, role: member.role, termTo: '2025-12-31' });
      return { entity: 'council-member', entityId: member.id };
    },
  },
  'sessions.create': {
    prepare: (app) => council(app),
    write: async (app, prepared) => {
      const members = prepared as CouncilMember[];
      const session = await call<CouncilSession>(app, 'sessions.create', {
        date: '2025-06-20',
        place: 'Phòng họp số 1',
        chairId: members[0].id,
        secretaryId: members[14].id,
      });
      return { entity: 'council-session', entityId: session.id };
    },
  },
  'sessions.setAttendance': {
    prepare: async (app) => {
      const members = await council(app);
      const session = await call<CouncilSession>(app, 'sessions.create', {
        date: '2025-06-20',
        place: 'Phòng họp số 1',
        chairId: members[0].id,
        secretaryId: members[14].id,
      });
      return { members, session };
    },
    write: async (app, prepared) => {
      const { members, session } = prepared as { members: CouncilMember[]; session: CouncilSession };
      await call(app, 'sessions.setAttendance', { sessionId: session.id, presentIds: members.slice(0, 13).map((m) => m.id) });
      return { entity: 'council-session', entityId: session.id };
    },
  },
  'sessions.setAgenda': {
    prepare: async (app) => {
      const members = await council(app);
      const n = await submitted(app, (await tongKetRound(app, 'merit')).id, 'Nguyễn Văn An', 'CSTD_CS');
      return { session: await sessionWith(app, members, '2025-06-20', []), n };
    },
    write: async (app, prepared) => {
      const { session, n } = prepared as { session: CouncilSession; n: NominationDetail };
      await call(app, 'sessions.setAgenda', { sessionId: session.id, nominationIds: [n.id] });
      return { entity: 'council-session', entityId: session.id };
    },
  },
  'sessions.recordVote': {
    prepare: async (app) => {
      const members = await council(app);
      const n = await submitted(app, (await tongKetRound(app, 'merit')).id, 'Nguyễn Văn An', 'CSTD_CS');
      return { session: await sessionWith(app, members, '2025-06-20', [n.id]), n };
    },
    write: async (app, prepared) => {
      const { session, n } = prepared as { session: CouncilSession; n: NominationDetail };
      const vote = await call<{ id: number }>(app, 'sessions.recordVote', {
        sessionId: session.id,
        nominationId: n.id,
        votesFor: 12,
        votesAgainst: 1,
      });
      return { entity: 'council-vote', entityId: vote.id };
    },
  },
  'decisions.create': {
    prepare: async (app) => {
      const members = await council(app);
      const n = await submitted(app, (await tongKetRound(app, 'merit')).id, 'Nguyễn Văn An', 'CSTD_CS');
      const session = await sessionWith(app, members, '2025-06-20', [n.id]);
      await call(app, 'sessions.recordVote', { sessionId: session.id, nominationId: n.id, votesFor: 13, votesAgainst: 0 });
      return n;
    },
    write: async (app, prepared) => {
      const decision = await call<Decision>(app, 'decisions.create', {
        number: '812/QĐ-UBND',
        date: '2025-07-05',
        signerName: 'Nguyễn Văn Hùng',
        signerAuthority: 'KT. CHỦ TỊCH — PHÓ CHỦ TỊCH',
        nominationIds: [(prepared as NominationDetail).id],
      });
      return { entity: 'decision', entityId: decision.id };
    },
  },
  'decisions.issue': {
    prepare: async (app) => {
      const members = await council(app);
      const n = await submitted(app, (await tongKetRound(app, 'merit')).id, 'Nguyễn Văn An', 'CSTD_CS');
      const session = await sessionWith(app, members, '2025-06-20', [n.id]);
      await call(app, 'sessions.recordVote', { sessionId: session.id, nominationId: n.id, votesFor: 13, votesAgainst: 0 });
      return call<Decision>(app, 'decisions.create', {
        number: '812/QĐ-UBND',
        date: '2025-07-05',
        signerName: 'Nguyễn Văn Hùng',
        signerAuthority: 'KT. CHỦ TỊCH — PHÓ CHỦ TỊCH',
        nominationIds: [n.id],
      });
    },
    write: async (app, prepared) => {
      const decision = prepared as Decision;
      await call(app, 'decisions.issue', { id: decision.id, version: decision.version });
      return { entity: 'decision', entityId: decision.id };
    },
  },
  'awards.handOver': {
    prepare: async (app) => {
      const members = await council(app);
      const n = await submitted(app, (await tongKetRound(app, 'merit')).id, 'Nguyễn Văn An', 'CSTD_CS');
      const session = await sessionWith(app, members, '2025-06-20', [n.id]);
      await call(app, 'sessions.recordVote', { sessionId: session.id, nominationId: n.id, votesFor: 13, votesAgainst: 0 });
      const draft = await call<Decision>(app, 'decisions.create', {
        number: '812/QĐ-UBND',
        date: '2025-07-05',
        signerName: 'Nguyễn Văn Hùng',
        signerAuthority: 'KT. CHỦ TỊCH — PHÓ CHỦ TỊCH',
        nominationIds: [n.id],
      });
      return call<Decision>(app, 'decisions.issue', { id: draft.id, version: draft.version });
    },
    write: async (app, prepared) => {
      const item = (prepared as Decision).items[0];
      await call(app, 'awards.handOver', { awardId: item.id, version: item.version, printedOn: '2025-07-10', handedOverOn: '2025-07-20' });
      return { entity: 'award', entityId: item.id };
    },
  },
};

/** A layout of a Giấy khen blank on A4 portrait, as the certificates screen saves it. */
const giayKhen = {
  name: 'Giấy khen của Giám đốc Sở (A4 dọc)',
  blankKind: 'Giấy khen của Giám đốc Sở Nội vụ',
  paper: 'A4',
  orientation: 'portrait',
  fields: [{ key: 'awardee', xMm: 30, yMm: 120, widthMm: 150, heightMm: 12, fontSize: 20, minFontSize: 14 }],
};
const PNG_BYTES = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);

Object.assign(scenarios, {
  'certificates.saveLayout': {
    write: async (app) => {
      const layout = await call<CertificateLayout>(app, 'certificates.saveLayout', giayKhen);
      return { entity: 'certificate-layout', entityId: layout.id };
    },
  },
  'certificates.removeLayout': {
    prepare: (app) => call<CertificateLayout>(app, 'certificates.saveLayout', giayKhen),
    write: async (app, prepared) => {
      const layout = prepared as CertificateLayout;
      await call(app, 'certificates.removeLayout', { id: layout.id, version: layout.version });
      return { entity: 'certificate-layout', entityId: layout.id };
    },
  },
  'certificates.setImage': {
    prepare: (app) => call<CertificateLayout>(app, 'certificates.saveLayout', giayKhen),
    write: async (app, prepared) => {
      const layout = prepared as CertificateLayout;
      await call(app, 'certificates.setImage', { id: layout.id, version: layout.version, base64: PNG_BYTES.toString('base64') });
      return { entity: 'certificate-layout', entityId: layout.id };
    },
  },
} satisfies Record<string, Scenario>);

const writeChannels = CHANNEL_NAMES.filter((name) => !READ_CHANNELS.has(name));

let app: TestApp | null = null;
afterEach(() => {
  app?.close();
  app = null;
});

function maxAuditId(a: TestApp): number {
  return (a.ctx.db.prepare('SELECT COALESCE(MAX(id), 0) AS n FROM audit_log').get() as { n: number }).n;
}

describe('every write channel leaves an audit row naming what it changed', () => {
  it('every write channel of the contract has a scenario here', () => {
    const missing = writeChannels.filter((name) => !scenarios[name]);
    expect(
      missing,
      `write channels without an audit scenario (add one here, or list the channel as a read): ${missing.join(', ')}`,
    ).toEqual([]);
  });

  it('the read list names only channels of the contract', () => {
    const known = new Set<string>(CHANNEL_NAMES);
    expect([...READ_CHANNELS].filter((name) => !known.has(name))).toEqual([]);
  });

  it.each(writeChannels.filter((name) => scenarios[name]))('%s', async (channel) => {
    const scenario = scenarios[channel];
    app = openTestApp({ initialize: !scenario.fresh, shell: scenario.shell?.() });
    const prepared = scenario.prepare ? await scenario.prepare(app) : undefined;
    const since = maxAuditId(app);
    const expected = await scenario.write(app, prepared);
    const rows = app.ctx.db
      .prepare('SELECT entity, entity_id AS entityId, action, operator, at, before_json, after_json FROM audit_log WHERE id > ?')
      .all(since) as {
      entity: string;
      action: string;
      entityId: number;
      operator: string;
      at: string;
      before_json: string | null;
      after_json: string | null;
    }[];
    const matching = rows.filter(
      (r) => r.entity === expected.entity && (expected.entityId === undefined || r.entityId === expected.entityId),
    );
    expect(matching.length, `${channel} wrote no audit row for ${expected.entity} ${expected.entityId ?? ''}`).toBeGreaterThan(0);
    for (const row of matching) {
      expect(row.operator).toBe(OPERATOR);
      expect(row.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      // A change shows old -> new: what was there before an update or a removal, what is there after a creation or an update.
      if (row.action !== 'create') expect(row.before_json, `${channel}: ${row.action} without the old values`).not.toBeNull();
      if (row.action === 'create' || row.action === 'update') {
        expect(row.after_json, `${channel}: ${row.action} without the new values`).not.toBeNull();
      }
    }
    // The history channel the screens read returns it.
    const shown = dataOf<{ id: number }[]>(
      await app.callRaw('audit.forEntity', { entity: matching[0].entity, entityId: matching[0].entityId, limit: 500 }),
    );
    expect(shown.length).toBeGreaterThan(0);
  });
});
