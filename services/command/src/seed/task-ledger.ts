import type { Rng, SeedWorld } from '@pas/seed-kit';
import { HEADQUARTERS } from './headquarters-data.js';
import type { TaskLedgerEntryDoc } from '../models/index.js';

/** Two standing tasks per headquarters, entered on each county's ledger. */
const TASKS: Record<string, [string, string]> = {
  INDUSTRY: ['贫困村产业基地建设', '带贫企业与贫困户利益联结'],
  EMPLOYMENT: ['贫困劳动力转移就业', '公益性岗位开发与工资发放'],
  FINANCE: ['扶贫小额信贷应贷尽贷', '风险补偿金足额到位'],
  ECOLOGY: ['生态护林员选聘', '退耕还林补助发放'],
  HEALTH: ['贫困人口基本医保全覆盖', '门诊慢性病卡应办尽办'],
  EDUCATION: ['控辍保学劝返复学', '建档立卡学生资助全覆盖'],
  DISABILITY: ['贫困残疾人两项补贴发放', '重度失能残疾人集中托养'],
  RELOCATION: ['集中安置点建设', '搬迁户入住与后续帮扶'],
  HOUSING_SAFETY: ['农村危房改造竣工验收', '住房安全有保障核验'],
  INFRASTRUCTURE: ['贫困村通硬化路通客车核实', '贫困村安全饮水巩固提升'],
  SOCIAL_SECURITY: ['农村低保与扶贫标准两线合一', '特困人员应保尽保'],
  SOCIAL_AID: ['千企帮千村结对帮扶', '社会捐赠资金管理'],
  MOTIVATION: ['扶贫扶志宣传教育', '脱贫典型选树'],
  SUPERVISION: ['回头看大整改问题清零', '脱贫攻坚成效考核'],
};
const DUE_DATES = ['2018-06-30', '2018-12-31', '2019-06-30', '2019-12-31'];
/** Statuses are as of the ledger's last review. */
const AS_OF = new Date('2019-09-30T00:00:00Z');

export function taskLedgerFor(world: SeedWorld, rng: Rng): TaskLedgerEntryDoc[] {
  const entries: TaskLedgerEntryDoc[] = [];
  for (const hq of HEADQUARTERS) {
    TASKS[hq.code]!.forEach((task, n) => {
      for (const county of world.counties) {
        const dueDate = new Date(`${rng.pick(DUE_DATES)}T00:00:00Z`);
        const past = dueDate < AS_OF;
        entries.push({
          id: `TL-${hq.code}-${n + 1}-${county.code}`,
          headquartersCode: hq.code,
          task,
          ownerDepartmentCode: n === 0 ? hq.leadDepartmentCode : rng.pick(hq.memberDepartmentCodes),
          countyCode: county.code,
          dueDate,
          status: past ? (rng.chance(0.95) ? 'DONE' : 'IN_PROGRESS') : rng.pick(['IN_PROGRESS', 'IN_PROGRESS', 'IN_PROGRESS', 'DONE', 'NOT_STARTED']),
        });
      }
    });
  }
  return entries;
}
