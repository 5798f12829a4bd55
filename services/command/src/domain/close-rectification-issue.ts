import { badUserInput, type Caller, conflict, notFound } from '@pas/platform';
import { RectificationIssue, type RectificationIssueDoc } from '../models/index.js';

/**
 * 整改销号: one conditional single-document update, so two inspectors closing the same issue
 * from the same read cannot both succeed. When nothing matched, a second read says why.
 */
export async function closeRectificationIssue(id: string, version: number, caller: Caller, now = new Date()): Promise<RectificationIssueDoc> {
  if (!id.trim()) throw badUserInput('id must not be empty', { argument: 'id' });
  if (!Number.isInteger(version) || version < 1) throw badUserInput('version must be a positive whole number', { argument: 'version' });
  const closed = await RectificationIssue.findOneAndUpdate(
    { id, version, status: 'OPEN' },
    { $set: { status: 'RECTIFIED', rectifiedOn: now, rectifiedBy: caller.subject }, $inc: { version: 1 } },
    { new: true },
  )
    .lean<RectificationIssueDoc>()
    .exec();
  if (closed) return closed;
  const current = await RectificationIssue.findOne({ id }).lean<RectificationIssueDoc>().exec();
  if (!current) throw notFound(`No rectification issue ${id}`);
  if (current.version !== version) {
    throw conflict(`Rectification issue ${id} changed since version ${version}; read it again`, { currentVersion: current.version });
  }
  throw conflict(`Rectification issue ${id} is already ${current.status}`, { status: current.status });
}
