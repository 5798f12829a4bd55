import type { ApolloServer } from '@apollo/server';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import type { GatewayContext } from '../context.js';
import { TABLES, type ExportParams, type ExportTable, type ReadGraph } from './tables.js';

const params = z.object({
  county: z.string().regex(/^\d{6}$/, 'county must be a 6-digit county code'),
  year: z.coerce.number().int().min(2014).max(2100),
  reason: z.enum(['WRONG_EXIT', 'OMISSION', 'ORPHAN_RECORD']).optional(),
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});

/** HTTP status and Chinese message of each error code an export can meet. */
const ERRORS: Record<string, [number, string]> = {
  BAD_USER_INPUT: [400, '参数有误'],
  UNAUTHENTICATED: [401, '请先登录'],
  FORBIDDEN: [403, '无权导出这些数据'],
  PURPOSE_REQUIRED: [400, '请说明查阅个人信息的目的（x-access-purpose）'],
  NOT_FOUND: [404, '没有这张表'],
};

class GraphError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function sendError(res: Response, code: string, message: string): void {
  const [status, zh] = ERRORS[code] ?? [502, '导出失败，请稍后重试'];
  res.status(status).json({ errors: [{ message: `${zh}：${message}`, extensions: { code } }] });
}

async function xlsx(table: ExportTable, title: string, rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(title.slice(0, 31));
  sheet.columns = table.columns.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The UTF-8 byte-order mark: without it spreadsheet programs read Chinese CSV as another encoding. */
const BOM = '\uFEFF';

/**
 * Downloads of the exit assessment and the data comparison as XLSX or CSV with Chinese headers:
 * `/export/exit-assessment?county=410326&year=2019&format=csv`. Each reads the graph as the
 * caller, with the caller's token and purpose, so the same scope and masking rules apply.
 */
export function exportRouter(server: ApolloServer<GatewayContext>, contextOf: (req: Request) => Promise<GatewayContext>): express.Router {
  const router = express.Router();
  router.get('/:table', async (req, res, next) => {
    const table = TABLES[req.params.table!];
    if (!table) return sendError(res, 'NOT_FOUND', `${req.params.table}: ${Object.keys(TABLES).join(', ')}`);
    const parsed = params.safeParse(req.query);
    if (!parsed.success) return sendError(res, 'BAD_USER_INPUT', parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
    const { format, ...exportParams }: ExportParams & { format: 'xlsx' | 'csv' } = parsed.data;
    try {
      const contextValue = await contextOf(req);
      const read: ReadGraph = async <T>(query: string, variables: Record<string, unknown>) => {
        const response = await server.executeOperation<T>({ query, variables }, { contextValue });
        if (response.body.kind !== 'single') throw new Error('an export reads a single result');
        const error = response.body.singleResult.errors?.[0];
        if (error) throw new GraphError(String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'), error.message);
        return response.body.singleResult.data as T;
      };
      const rows = await table.rows(read, exportParams);
      const title = table.title(exportParams);
      const filename = `attachment; filename*=UTF-8''${encodeURIComponent(`${title}.${format}`)}`;
      res.setHeader('content-disposition', filename);
      if (format === 'csv') {
        res.type('text/csv; charset=utf-8').send(BOM + stringify([table.columns.map((column) => column.header), ...rows]));
      } else {
        res.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await xlsx(table, title, rows));
      }
    } catch (error) {
      if (error instanceof GraphError) return sendError(res, error.code, error.message);
      next(error);
    }
  });
  return router;
}
