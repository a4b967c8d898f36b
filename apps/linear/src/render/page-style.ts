// The page's one stylesheet, inline so that the page is a single standalone file.
export const PAGE_STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #172b4d; }
body { margin: 0; background: #f7f8f9; }
header, main { max-width: 1100px; margin: 0 auto; padding: 16px 24px; }
header h1 { margin: 0 0 4px; font-size: 22px; }
.muted { color: #626f86; font-size: 13px; }
.journey { background: #fff; border: 1px solid #dcdfe4; border-radius: 8px; padding: 16px; margin-bottom: 20px; }
.journey h2 { margin: 0 0 8px; font-size: 18px; display: flex; gap: 10px; align-items: center; flex-wrap: wrap; }
.journey-chart { display: block; margin: 8px 0 12px; max-width: 100%; height: auto; }
.stages { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 12px; }
.stage { border: 1px solid #dcdfe4; border-radius: 6px; padding: 10px 12px; }
.stage h3 { margin: 0 0 6px; font-size: 15px; }
.figures { display: flex; gap: 8px; flex-wrap: wrap; font-size: 12px; margin-bottom: 6px; }
.badge { display: inline-block; border-radius: 3px; padding: 1px 6px; font-size: 12px; font-weight: 600; color: #fff; }
.badge-atRisk, .badge-none { color: #172b4d; }
ul.work { list-style: none; margin: 0; padding: 0; font-size: 13px; }
ul.work li { padding: 4px 0; border-top: 1px solid #f1f2f4; }
ul.work .meta { color: #626f86; font-size: 12px; }
.overdue { color: #ae2e24; font-weight: 600; }
.empty { color: #626f86; font-style: italic; font-size: 13px; }
h4 { margin: 8px 0 2px; font-size: 12px; text-transform: uppercase; color: #626f86; }
table.invest { border-collapse: collapse; font-size: 13px; background: #fff; }
table.invest td, table.invest th { border: 1px solid #dcdfe4; padding: 4px 8px; text-align: left; }
`;
