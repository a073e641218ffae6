// Lighthouse (desktop preset) on the five key pages of Lerend Stelsel, in Debian's Chromium, signed in for real:
// the signed-in pages are measured in a browser that went through the Keycloak login form first (puppeteer-core
// drives the same Chromium that Lighthouse measures, so the session cookie is the one a person would have).
//
//   node lighthouse.mjs --base http://localhost:8080 --out ../../src/target/lighthouse [--runs 3] [--chromium /usr/bin/chromium]
//
// Prints a table of the four category scores per page (the median of the runs) and writes the HTML and JSON report of
// the median run per page to the output folder. Exits 1 when a bar of quality.md P8 is missed (performance >= 95,
// accessibility 100, best practices >= 95), 2 when something could not be measured.
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
}, []));
const BASE = (args.base || 'http://localhost:8080').replace(/\/$/, '');
const OUT = path.resolve(args.out || 'lighthouse');
const RUNS = Number(args.runs || 3);
const CHROMIUM = args.chromium || '/usr/bin/chromium';
const PASSWORD = process.env.LERENDSTELSEL_DEMO_PASSWORD || 'LerendStelsel2026';
const BARS = {performance: 95, accessibility: 100, 'best-practices': 95};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

// The five key pages (product.md): the public entrance and the public Q&A; the heart of the product for a
// professional (the knelpunten list and one knelpunt with its timeline); the coordinators' monitoring dashboard.
// `from` + `link`: the page is found by following the first matching link on another page (no fixed ids).
const PAGES = [
    {name: 'home', user: null, path: '/'},
    {name: 'vraag-en-antwoord', user: null, path: '/vraag-en-antwoord/'},
    {name: 'knelpunten', user: 'professional', path: '/app/knelpunten/'},
    {name: 'knelpunt', user: 'professional', from: '/app/knelpunten/', link: 'a[href*="detail.xhtml?ref="]'},
    {name: 'dashboard', user: 'coordinator', path: '/app/dashboard/'},
];

async function signIn(page, user) {
    await page.goto(`${BASE}/app/start.xhtml`, {waitUntil: 'networkidle2'});
    await page.waitForSelector('#username', {visible: true, timeout: 30000});
    await page.type('#username', user);
    await page.type('#password', PASSWORD);
    await Promise.all([page.waitForNavigation({waitUntil: 'networkidle2'}), page.click('#kc-login')]);
    if (!page.url().startsWith(`${BASE}/app/start.xhtml`) || !(await page.$('#gebruiker'))) {
        throw new Error(`signing in as ${user} did not reach the start page (now at ${page.url()})`);
    }
}

async function resolveUrl(page, spec) {
    if (spec.path) return BASE + spec.path;
    await page.goto(BASE + spec.from, {waitUntil: 'networkidle2'});
    const href = await page.$eval(spec.link, a => a.href).catch(() => null);
    if (!href) throw new Error(`${spec.name}: no link ${spec.link} on ${spec.from} (demo data loaded?)`);
    return href;
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

function score(lhr, id) {
    const value = lhr.categories[id]?.score;
    return value == null ? null : Math.round(value * 100);
}

/** The audits of a category that did not get full marks, worst first: what to look at when a bar is missed. */
function shortfalls(lhr, id) {
    return (lhr.categories[id]?.auditRefs || [])
        .filter(ref => ref.weight > 0)
        .map(ref => lhr.audits[ref.id])
        .filter(audit => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative'
            && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'manual')
        .sort((a, b) => a.score - b.score)
        .map(audit => `${audit.id} (${Math.round(audit.score * 100)}${audit.displayValue ? ', ' + audit.displayValue : ''})`);
}

async function measure(spec, browsers) {
    const user = spec.user || '';
    if (!browsers.has(user)) {
        // One fresh browser (own profile, no cookies) per visitor; the anonymous one never signs in.
        const browser = await puppeteer.launch({
            executablePath: CHROMIUM,
            headless: true,
            args: ['--no-sandbox', '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check'],
            defaultViewport: null,
        });
        const page = await browser.newPage();
        if (spec.user) await signIn(page, spec.user);
        browsers.set(user, {browser, page});
    }
    const {page} = browsers.get(user);
    const url = await resolveUrl(page, spec);
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(url, {output: ['html', 'json'], logLevel: 'error'}, desktopConfig, page);
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`${spec.name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        if (spec.user && !lhr.finalDisplayedUrl.startsWith(BASE)) {
            throw new Error(`${spec.name}: ended at ${lhr.finalDisplayedUrl}, the session was lost`);
        }
        runs.push({lhr, report: result.report});
    }
    // The median run by performance (the category that varies); its reports are kept.
    runs.sort((a, b) => score(a.lhr, 'performance') - score(b.lhr, 'performance'));
    const kept = runs[Math.floor(runs.length / 2)];
    fs.writeFileSync(path.join(OUT, `${spec.name}.report.html`), kept.report[0]);
    fs.writeFileSync(path.join(OUT, `${spec.name}.report.json`), kept.report[1]);
    const scores = Object.fromEntries(CATEGORIES.map(id => [id, median(runs.map(r => score(r.lhr, id)))]));
    const perfAll = runs.map(r => score(r.lhr, 'performance'));
    return {spec, url, scores, perfAll, lhr: kept.lhr};
}

async function main() {
    fs.mkdirSync(OUT, {recursive: true});
    const browsers = new Map();
    const results = [];
    try {
        for (const spec of PAGES) {
            process.stderr.write(`lighthouse: ${spec.name} (${spec.user || 'anonymous'}), ${RUNS} run(s) ...\n`);
            results.push(await measure(spec, browsers));
        }
    } finally {
        for (const {browser} of browsers.values()) await browser.close().catch(() => {});
    }

    const pad = (text, width) => String(text).padEnd(width);
    const lines = [];
    lines.push(`Lighthouse ${results[0].lhr.lighthouseVersion}, desktop preset, ${results[0].lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0]}, median of ${RUNS} run(s)`);
    lines.push('');
    lines.push(`| ${pad('page', 18)} | ${pad('visitor', 12)} | performance | accessibility | best practices | SEO | performance per run |`);
    lines.push(`|${'-'.repeat(20)}|${'-'.repeat(14)}|-------------|---------------|----------------|-----|---------------------|`);
    let missed = false;
    const notes = [];
    for (const r of results) {
        const s = r.scores;
        const ok = Object.entries(BARS).every(([id, bar]) => s[id] !== null && s[id] >= bar);
        missed ||= !ok;
        lines.push(`| ${pad(r.spec.name, 18)} | ${pad(r.spec.user || 'anonymous', 12)} | ${pad(s.performance, 11)} | ${pad(s.accessibility, 13)} | ${pad(s['best-practices'], 14)} | ${pad(s.seo, 3)} | ${pad(r.perfAll.join(', '), 19)} |`);
        for (const id of CATEGORIES) {
            const list = shortfalls(r.lhr, id);
            if (list.length) notes.push(`${r.spec.name} ${id}: ${list.join('; ')}`);
        }
        const m = r.lhr.audits;
        notes.push(`${r.spec.name} metrics: FCP ${m['first-contentful-paint'].displayValue}, LCP ${m['largest-contentful-paint'].displayValue}, TBT ${m['total-blocking-time'].displayValue}, CLS ${m['cumulative-layout-shift'].displayValue}, SI ${m['speed-index'].displayValue}; ${m['network-requests']?.details?.items?.length ?? '?'} requests, ${m['total-byte-weight'].displayValue}`);
    }
    lines.push('');
    lines.push(`Bars (quality.md P8): performance >= ${BARS.performance}, accessibility ${BARS.accessibility}, best practices >= ${BARS['best-practices']}: ${missed ? 'MISSED' : 'met'}`);
    lines.push('');
    lines.push('Audits below full marks in the kept run (id, score, value):');
    for (const note of notes) lines.push(`  ${note}`);
    lines.push('');
    lines.push(`Reports: ${OUT}/<page>.report.html and .json`);
    const text = lines.join('\n');
    fs.writeFileSync(path.join(OUT, 'summary.txt'), text + '\n');
    console.log(text);
    process.exitCode = missed ? 1 : 0;
}

main().catch(error => {
    console.error(`lighthouse: ${error.stack || error}`);
    process.exit(2);
});
