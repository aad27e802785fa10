import { pillarSummaries } from './pillar-summary';

/**
 * The frame every view will sit in. For now it names the system and the framework's pillars,
 * read from `@etip/core`, the same definition the API serves.
 */
export function AppShell() {
  return (
    <div className="shell">
      <header className="shell-header">
        <h1>ETIP Monitor</h1>
        <p>End Trafficking in Persons programme, Greater Mekong sub-region</p>
      </header>
      <main>
        <ul className="pillars">
          {pillarSummaries().map((pillar) => (
            <li key={pillar.code}>
              <strong>{pillar.name}</strong> {pillar.indicators} indicators
            </li>
          ))}
        </ul>
      </main>
    </div>
  );
}
