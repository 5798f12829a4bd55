import type { Caller } from './fetcher.js';

interface CallerBarProps {
  caller: Caller;
  onChange(caller: Caller): void;
}

/** The top bar: the page title and the token and purpose sent with every request. */
export function CallerBar({ caller, onChange }: CallerBarProps) {
  return (
    <header className="caller-bar">
      <h1>脱贫攻坚 supergraph explorer · 数据查询</h1>
      <label>
        令牌 Token
        <input
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder="粘贴令牌 paste a bearer token"
          value={caller.token}
          onChange={(event) => onChange({ ...caller, token: event.target.value })}
        />
      </label>
      <label>
        查询用途 Purpose
        <input
          type="text"
          placeholder="如 入户核查 e.g. household verification"
          value={caller.purpose}
          onChange={(event) => onChange({ ...caller, purpose: event.target.value })}
        />
      </label>
    </header>
  );
}
