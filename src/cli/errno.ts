/** File-system errors in plain words (zh / en), with the code kept for searching: 文件不存在（ENOENT）. */
import type { Message } from "../report/types";

const TEXT: Record<string, Message> = {
  ENOENT: { zh: "文件或文件夹不存在", en: "no such file or folder" },
  ENOTDIR: { zh: "路径中有一段不是文件夹", en: "a part of the path is not a folder" },
  EISDIR: { zh: "这是一个文件夹，不是文件", en: "it is a folder, not a file" },
  EACCES: { zh: "没有权限", en: "permission denied" },
  EPERM: { zh: "操作不被允许（没有权限）", en: "operation not permitted" },
  EROFS: { zh: "磁盘或文件夹是只读的", en: "the disk or folder is read-only" },
  ENOSPC: { zh: "磁盘已满", en: "the disk is full" },
  EDQUOT: { zh: "超出磁盘配额", en: "disk quota exceeded" },
  ENAMETOOLONG: { zh: "文件名或路径太长", en: "the file name or path is too long" },
  EMFILE: { zh: "同时打开的文件太多", en: "too many open files" },
  EBUSY: { zh: "文件正被占用", en: "the file is busy" },
  EIO: { zh: "读写磁盘出错", en: "input/output error" },
  EXDEV: { zh: "不能跨磁盘移动文件", en: "cannot move a file across disks" },
  EINVAL: { zh: "文件名或参数无效", en: "invalid file name or argument" },
};

export function errnoMessage(e: unknown): Message {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === "string" && TEXT[code])
    return { zh: `${TEXT[code].zh}（${code}）`, en: `${TEXT[code].en} (${code})` };
  const why = e instanceof Error ? e.message : String(e);
  return { zh: why, en: why };
}
