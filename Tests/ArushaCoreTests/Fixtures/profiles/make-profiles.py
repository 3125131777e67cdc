#!/usr/bin/env python3
"""Writes the three profiles of the 2027.1 expert review (issue 24) as responses to a test copy
of RAD 2027.1 that sets the issue's recommended keys (critical_below: 0.5,
unsupported_indicative: 0.1). Run from the repository root; ProfileTests pins their figures.

- weak: a speech only, a draft code, nothing published (every scale at level 1), selectivity
  in force but overridable (risk-selection 2), one free reporting channel, no AEO programme
  (N/A), "no" to every yes/no, reports received and days to close not counted (don't know);
- middling: everything adopted and partly applied (level 2), a signed commitment and
  SYDONIA-style selectivity applied throughout with evidence (3), a channel independent and
  free, no written reporter protection (0), "yes" to the code's sanctions with evidence;
- strong without evidence: level 4 everywhere but post-employment (1), every channel, every
  "yes", the fonds commun abolished (N/A), and no evidence at all.
"""
import hashlib, pathlib, yaml

root = pathlib.Path('.')
released = (root / 'Questionnaires/revised-arusha-declaration-2027.1.yaml').read_text()
keyed = released.replace(
    '  critical_cap: 49\n',
    '  critical_cap: 49\n  critical_below: 0.5\n  unsupported_indicative: 0.1\n', 1)
assert keyed != released
out = root / 'Tests/ArushaCoreTests/Fixtures/profiles'
(out / 'rad-2027.1-keyed.yaml').write_text(keyed)
sha = hashlib.sha256(keyed.encode()).hexdigest()
questionnaire = yaml.safe_load(keyed)


def answers(profile):
    result = {}
    for factor in questionnaire['factors']:
        for q in factor['questions']:
            qid, kind = q['id'], q['type']
            # Follow-ups are answered where their condition shows them: none of the weak
            # profile's (what they follow is at level 1 or "no"), all but the survey's
            # feedback for the middling one (no survey), all for the strong one.
            if 'when' in q and kind != 'number':
                if profile == 'weak' or (
                        profile == 'middling' and qid == 'morale-culture.survey-feedback'):
                    continue
            if kind == 'number':
                if profile == 'weak' and qid.endswith(('reports-received', 'days-to-close')):
                    result[qid] = {'state': 'unknown'}
                else:
                    result[qid] = {'value': 2004 if qid.endswith('rkc-accession') else 12}
            elif kind == 'yesno':
                if profile == 'weak':
                    result[qid] = {'value': 0}
                elif profile == 'middling':
                    result[qid] = {'value': 1, 'evidence': 'Decree 14/2022'} \
                        if qid == 'code-of-conduct.sanctions' else {'value': 0}
                else:
                    result[qid] = {'value': 1}
            elif kind == 'multi':
                values = {'weak': [1], 'middling': [3, 1], 'strong': [4, 3, 2, 1]}[profile]
                answer = {'value': values}
                if profile == 'middling':
                    answer['evidence'] = 'Circular 3/2023'
                result[qid] = answer
            elif kind in ('scale', 'choice'):
                if profile == 'weak':
                    if qid == 'private-sector.aeo-integrity':
                        result[qid] = {'state': 'na', 'justification': 'No AEO programme.'}
                    else:
                        result[qid] = {'value': 2 if qid == 'automation.risk-selection' else 1}
                elif profile == 'middling':
                    if qid in ('leadership.executive-ownership', 'automation.risk-selection'):
                        result[qid] = {'value': 3, 'evidence': 'Signed decision 2023-041'}
                    elif qid == 'audit-investigation.reporter-protection':
                        result[qid] = {'value': 0}
                    else:
                        result[qid] = {'value': 2}
                else:
                    if qid == 'hr.fines-distribution':
                        result[qid] = {'state': 'na', 'justification': 'The fonds commun was abolished in 2023.'}
                    elif qid == 'code-of-conduct.post-employment':
                        result[qid] = {'value': 1}
                    else:
                        result[qid] = {'value': 4}
    return result


for profile, name in [('weak', 'Weak Customs'), ('middling', 'Middling Customs'),
                      ('strong', 'Strong Customs')]:
    lines = [
        '# Issue 24: the expert review\'s ' + profile + ' profile (make-profiles.py).',
        'format: arusha/response-1',
        'questionnaire:', '  id: rad-self-assessment', '  version: "2027.1"', f'  sha256: {sha}',
        f'administration: {name}', 'round: "2026"', 'language: en', 'status: complete',
        'started: 2026-11-02T09:00:00Z', 'updated: 2026-11-02T12:00:00Z',
        'completed: 2026-11-02T12:00:00Z', 'answers:',
    ]
    for qid, answer in answers(profile).items():
        parts = []
        for key, value in answer.items():
            if isinstance(value, list):
                value = '[' + ', '.join(str(v) for v in value) + ']'
            elif isinstance(value, str) and key not in ('state',):
                value = '"' + value + '"'
            parts.append(f'{key}: {value}')
        lines.append(f'  {qid}: {{{", ".join(parts)}}}')
    (out / f'{profile}.yaml').write_text('\n'.join(lines) + '\n')
print('wrote', out)
