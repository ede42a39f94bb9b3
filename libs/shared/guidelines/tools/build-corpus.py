#!/usr/bin/env python3
"""Writes src/corpus/*.json: the labelled corpus and its rule set. Labels are written here by hand as
quoted substrings (resolved to UTF-16 ranges), never taken from the engine's output."""
import json, copy, pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent / 'src'
pack = json.loads((ROOT / 'rule-packs/default.rule-pack.json').read_text())

# ---- the corpus rule set: the default pack plus ACME's company rules --------------------------------
rs = copy.deepcopy(pack)
rs.update(id='acme-corpus', version=3, name='ACME guidelines (corpus)')
for r in rs['rules']:
    if r['id'] == 'competitors':
        r.update(enabled=True, names=['Globex', 'Initech', 'Umbrella Corp'])
    if r['id'] == 'quiet-period':
        r['enabled'] = True
    if r['id'] == 'links':
        r['blockedDomains'] = ['leaks.example', 'badsite.com']
    if r['id'] == 'copyright':
        r['maxConsecutiveWords'] = 12
msg = lambda en, de, nl: {'en': en, 'de': de, 'nl': nl}
clause2 = next(r for r in pack['rules'] if r['id'] == 'confidential-information')['clause']
rs['rules'].append({'id': 'acme-projects', 'kind': 'banned-terms', 'category': 'confidential', 'enabled': True, 'severity': 'block',
    'terms': [{'term': 'Projekt Blütenweiß'}, {'term': 'Project Nightingale'}, {'term': 'Operatie Zeemeeuw'}, {'term': 'Straße 7', 'severity': 'warn'}],
    'message': msg('“{term}” is an internal code name.', '„{term}“ ist ein interner Codename.', '“{term}” is een interne codenaam.'), 'clause': clause2})
rs['rules'].append({'id': 'acme-doc-ids', 'kind': 'pattern', 'enabled': True, 'severity': 'warn', 'pattern': 'ACME-\\d{4}-[A-Z]{2}',
    'message': msg('“{match}” is an internal document id.', '„{match}“ ist eine interne Dokumentnummer.', '“{match}” is een intern documentnummer.'), 'clause': clause2})
(ROOT / 'corpus').mkdir(exist_ok=True)
(ROOT / 'corpus/acme.rule-set.json').write_text(json.dumps(rs, ensure_ascii=False, indent=1) + '\n')

# ---- helpers ---------------------------------------------------------------------------------------
def u16(s, i):
    return len(s[:i].encode('utf-16-le')) // 2

def rng(text, quotes):
    out, pos = [], 0
    for q in quotes:
        if q == '$END':
            out.append({'start': u16(text, len(text)), 'end': u16(text, len(text))}); continue
        if q == '$ALL':
            out.append({'start': 0, 'end': u16(text, len(text))}); continue
        i = text.find(q, pos)
        assert i >= 0, (q, text)
        out.append({'start': u16(text, i), 'end': u16(text, i + len(q))})
        pos = i + 1
    return out

CASES = []
def case(id, text, expect=(), lang='en', **inp):
    e = []
    for x in expect:
        rule, sev, quotes = x[0], x[1], x[2]
        f = {'ruleId': rule, 'severity': sev, 'ranges': rng(text, quotes)}
        if len(x) > 3: f['network'] = x[3]
        e.append(f)
    i = {'text': text, 'networks': ['linkedin'], 'authorGroups': ['sales-dach'], 'language': lang, 'at': '2026-03-02T09:00:00Z', 'topics': []}
    i.update(inp)
    CASES.append({'id': id, 'input': i, 'expected': e})

ITEM = {'url': 'https://www.acme.com/blog/new-dashboard', 'isCompanyContent': True, 'trackedLinks': ['https://go.acme.com/l/Xy12Ab']}
EXT_SRC = ('The city council approved the new cycling plan on Monday after a long debate about parking spaces, '
           'bus lanes and the safety of children on their way to school in the old town.')
EXT = {'url': 'https://news.example.org/city/cycling-plan', 'isCompanyContent': False, 'sourceText': EXT_SRC}
SUGG = 'Our new dashboard shows every campaign in real time. See how teams save hours each week with live reporting.'

# ---- clean posts (no findings) ---------------------------------------------------------------------
clean = {
 'en': ['Great workshop today with the customer success team, lots of ideas for next quarter.', 'Proud of what we built this year. Thank you all!',
        'Reading a good book on product management over the weekend.', 'Interesting panel on AI ethics at the conference in Lisbon.',
        'Our office plants survived the summer. Small wins matter.', 'Happy to welcome three new colleagues to the Berlin office.',
        'Spent the morning mentoring students at the local university.', 'The café next door makes the best croissants, sorry not sorry.',
        'Learning Rust in my spare time, it is fun and hard.', 'What is your favourite productivity trick? Mine is a paper notebook.',
        'Our team volunteers at the food bank every first Friday.', 'Order number 1234 5678 9012 3456 arrived today, thanks to the courier!',
        'Reference 2024-000123 was closed within one day.', 'Release 3.14.159 is out; see the changelog in the app.',
        'Meeting moved to 10:30, room 4.12.', 'Our score went from 4.5 to 4.8 stars this year.', 'I like the word classification; it contains ass but is fine.',
        'The skunkworks team ate pizza.', 'We discussed the sequel to the Nightingale film.', 'Exercise boosts mood for many people.'],
 'de': ['Tolles Teamevent heute in München, danke an alle!', 'Schöne Grüße aus Köln, wir sehen uns auf der Messe.',
        'Ich lese gerade ein spannendes Buch über Führung.', 'Größer, schneller, besser: so fühlt sich Fortschritt an.',
        'Frohe Weihnachten und einen guten Rutsch ins neue Jahr!', 'Heute habe ich Studierenden in Düsseldorf beim Bewerbungstraining geholfen.',
        'Unsere Kantine hat jetzt vegane Gerichte – lecker.', 'Die Straßenbahn war pünktlich. Ein Wunder!', 'Wir suchen Verstärkung im Vertrieb in Nürnberg.',
        'Bestellnummer 4000 1234 5678 9011 ist unterwegs.', 'Der Müllerbäcker um die Ecke hat die besten Brezeln.', 'Meine Lieblingsstadt bleibt Hamburg.',
        'Fußball am Wochenende, Arbeit am Montag.', 'Öffnungszeiten: Mo–Fr 9–17 Uhr.', 'Übermorgen starten wir in den Urlaub.'],
 'nl': ['Mooie dag op kantoor in Utrecht, dank aan het team!', 'Ik lees een goed boek over leiderschap.', 'Geïnteresseerd in onze vacatures? Kijk op onze site.',
        'Wat een reeën zag ik vanochtend op de fiets!', 'Fijne feestdagen en een gelukkig nieuwjaar.', 'Vandaag studenten geholpen met hun sollicitaties in Eindhoven.',
        'Onze kantine serveert nu vegetarische lunch.', 'De trein was op tijd, een klein wonder.', 'We zoeken collega’s voor ons team in Amsterdam.',
        'Coördinatie en coöperatie zijn de sleutel.', 'Ordernummer 1234567890 is verzonden.', 'België en Nederland werken samen.'],
}
for lang, posts in clean.items():
    for n, t in enumerate(posts):
        case(f'clean-{lang}-{n}', t, lang=lang)

# ---- banned & confidential terms, across languages, case/accents/umlaut forms -----------------------
conf = next(r for r in pack['rules'] if r['id'] == 'confidential-information')['terms']
for n, t in enumerate(conf):
    term = t['term']
    text = f'Heads-up: this deck is {term.upper() if n % 3 == 0 else term} – please keep it to yourself.'
    case(f'confidential-{n}', text, [('confidential-information', t.get('severity', 'block'), [term.upper() if n % 3 == 0 else term])])
resp = next(r for r in pack['rules'] if r['id'] == 'respectful-language')['terms']
for n, t in enumerate(resp):
    term = t['term']
    text = f'Honestly, whoever wrote that review is a {term}.'
    case(f'respect-{n}', text, [('respectful-language', t.get('severity', 'warn'), [term])])

case('umlaut-ae-form', 'Das Dokument ist nur fuer den internen Gebrauch.', [('confidential-information', 'block', ['nur fuer den internen Gebrauch'])], 'de')
case('umlaut-caps', 'NUR FÜR DEN INTERNEN GEBRAUCH: neue Preise.', [('confidential-information', 'block', ['NUR FÜR DEN INTERNEN GEBRAUCH'])], 'de')
case('eszett-ss', 'Update zu Projekt Bluetenweiss folgt.', [('acme-projects', 'block', ['Projekt Bluetenweiss'])], 'de')
case('eszett-orig', 'Update zu Projekt Blütenweiß folgt.', [('acme-projects', 'block', ['Projekt Blütenweiß'])], 'de')
case('eszett-caps', 'PROJEKT BLÜTENWEISS startet bald!', [('acme-projects', 'block', ['PROJEKT BLÜTENWEISS'])], 'de')
case('decomposed-umlaut', 'Projekt Blu\u0308tenweiß ist geheim.', [('acme-projects', 'block', ['Projekt Blu\u0308tenweiß'])], 'de')
case('linebreak-in-phrase', 'We start Project\nNightingale soon.', [('acme-projects', 'block', ['Project\nNightingale'])])
case('nbsp-in-phrase', 'Operatie\u00a0Zeemeeuw begint.', [('acme-projects', 'block', ['Operatie\u00a0Zeemeeuw'])], 'nl')
case('term-per-severity', 'Meet me at Straße 7, it is strictly confidential.', [('acme-projects', 'warn', ['Straße 7']), ('confidential-information', 'block', ['strictly confidential'])])
case('strasse-form', 'Treffpunkt Strasse 7 am Montag.', [('acme-projects', 'warn', ['Strasse 7'])], 'de')
case('word-boundary-prefix', 'The idiotic plan was cancelled; confidentiality matters.')
case('word-boundary-suffix', 'Nonconfidential notes are shared.')
case('accent-insensitive-nl', 'Dit is VERTROUWELIJK en strikt vertrouwelijk.', [('confidential-information', 'block', ['VERTROUWELIJK']), ('confidential-information', 'block', ['strikt vertrouwelijk'])], 'nl')
case('repeat-term', 'confidential, confidential, CONFIDENTIAL.', [('confidential-information', 'block', ['confidential', 'confidential', 'CONFIDENTIAL'])])
case('term-with-emoji', '🤫 Geschäftsgeheimnis 🤫', [('confidential-information', 'block', ['Geschäftsgeheimnis'])], 'de')
case('term-after-zwj', '👩‍💻vertraulich👩‍💻', [('confidential-information', 'block', ['vertraulich'])], 'de')
case('term-hashtag', 'Nothing to see #confidential', [('confidential-information', 'block', ['confidential'])])
case('cjk-around-term', '这是confidential的文件', [('confidential-information', 'block', ['confidential'])])
case('cjk-clean', '新しいダッシュボードを公開しました。東京チームに感謝!', lang='ja')
case('accented-term-in-text', 'Notre café est vertraulich? Non: naïve façade.', [('confidential-information', 'block', ['vertraulich'])], 'fr')

# ---- competitors -----------------------------------------------------------------------------------
case('competitor-en', 'Unlike Globex, we ship weekly.', [('competitors', 'warn', ['Globex'])])
case('competitor-two', 'Initech and UMBRELLA CORP were at the fair, and Globex too.', [('competitors', 'warn', ['Initech']), ('competitors', 'warn', ['UMBRELLA CORP']), ('competitors', 'warn', ['Globex'])])
case('competitor-possessive-de', 'Die Zahlen von Initech überraschen.', [('competitors', 'warn', ['Initech'])], 'de')
case('competitor-substring', 'Globexample is a made-up word.')

# ---- regulated claims ------------------------------------------------------------------------------
case('fin-claim', 'Our fund offers guaranteed returns for everyone!', [('financial-claims', 'block', ['guaranteed returns'])])
case('fin-claim-disclaimer', 'Our fund offers guaranteed returns for everyone! Not financial advice.')
case('fin-claim-de', 'Garantierte Rendite von 8 % – jetzt zugreifen!', [('financial-claims', 'block', ['Garantierte Rendite'])], 'de')
case('fin-claim-de-disclaimer', 'Garantierte Rendite? Keine Anlageberatung, nur meine Meinung.', lang='de')
case('fin-claim-nl', 'Gegarandeerd rendement en risicoloos beleggen!', [('financial-claims', 'block', ['Gegarandeerd rendement', 'risicoloos beleggen'])], 'nl')
case('fin-claim-nl-disclaimer', 'Gegarandeerd rendement? Geen financieel advies.', lang='nl')
case('health-claim', 'This tea cures headaches.', [('health-claims', 'block', ['cures'])])
case('health-claim-warn-only', 'Our method is clinically proven to help.', [('health-claims', 'warn', ['clinically proven'])])
case('health-claim-max-sev', 'Clinically proven: it cures colds.', [('health-claims', 'block', ['Clinically proven', 'cures'])])
case('health-claim-de', 'Dieser Saft stärkt das Immunsystem!', [('health-claims', 'block', ['stärkt das Immunsystem'])], 'de')
case('health-claim-de-ae', 'Dieser Saft staerkt das Immunsystem!', [('health-claims', 'block', ['staerkt das Immunsystem'])], 'de')
case('health-claim-de-disclaimer', 'Dieser Saft heilt alles (keine medizinische Beratung).', lang='de')
case('health-claim-nl', 'Deze zalf geneest alles.', [('health-claims', 'block', ['geneest'])], 'nl')
case('health-cured-not-cures', 'The concrete has cured overnight.')

# ---- personal data ---------------------------------------------------------------------------------
case('email', 'Write to jane.doe@gmail.com for details.', [('personal-data', 'warn', ['jane.doe@gmail.com'])])
case('email-end-dot', 'Mail: max.mustermann@web.de.', [('personal-data', 'warn', ['max.mustermann@web.de'])], 'de')
case('mention-not-email', 'Thanks @jane_doe for the help!')
case('iban-de-spaced', 'Spenden bitte an DE89 3704 0044 0532 0130 00, danke!', [('personal-data', 'block', ['DE89 3704 0044 0532 0130 00'])], 'de')
case('iban-de-compact', 'IBAN:DE89370400440532013000', [('personal-data', 'block', ['DE89370400440532013000'])], 'de')
case('iban-nl', 'Maak over naar NL91 ABNA 0417 1643 00 graag.', [('personal-data', 'block', ['NL91 ABNA 0417 1643 00'])], 'nl')
case('iban-bad-checksum', 'Ref DE89 3704 0044 0532 0130 01 is not a real account.', lang='de')
case('iban-gb-in-text', 'Pay GB82WEST12345698765432 today', [('personal-data', 'block', ['GB82WEST12345698765432'])])
case('card-spaces', 'Card 4111 1111 1111 1111 exp 12/29', [('personal-data', 'block', ['4111 1111 1111 1111'])])
case('card-dashes', 'MC 5555-5555-5555-4444 leaked', [('personal-data', 'block', ['5555-5555-5555-4444'])])
case('card-compact', 'amex 378282246310005', [('personal-data', 'block', ['378282246310005'])])
case('card-luhn-fail', 'Order 4111 1111 1111 1112 shipped.')
case('order-luhn-fail-long', 'Tracking 1Z999AA10123456784 and order 5105105105105101.')
case('phone-intl-de', 'Ruf mich an: +49 30 1234567', [('personal-data', 'warn', ['+49 30 1234567'])], 'de')
case('phone-intl-paren', 'Call +49 (0)171 2345678 today', [('personal-data', 'warn', ['+49 (0)171 2345678'])])
case('phone-de-national', 'Tel. 030 12345678 oder 0171/2345678', [('personal-data', 'warn', ['030 12345678', '0171/2345678'])], 'de')
case('phone-nl-mobile', 'Bel me op 06-12345678!', [('personal-data', 'warn', ['06-12345678'])], 'nl')
case('phone-nl-landline', 'Bel 020 123 4567 voor info.', [('personal-data', 'warn', ['020 123 4567'])], 'nl')
case('phone-nl-intl', 'WhatsApp: +31 6 12345678', [('personal-data', 'warn', ['+31 6 12345678'])], 'nl')
case('phone-00', 'Bel 0031 20 1234567 graag', [('personal-data', 'warn', ['0031 20 1234567'])], 'nl')
case('date-not-phone', 'Am 01.02.2026 um 10:30 Uhr geht es los.', lang='de')
case('year-range-not-phone', 'From 2019 to 2026 we grew 300%.')
case('pii-mixed', 'Kontakt: anna@firma.de, +49 89 9876543, IBAN DE89 3704 0044 0532 0130 00', [('personal-data', 'warn', ['anna@firma.de']), ('personal-data', 'warn', ['+49 89 9876543']), ('personal-data', 'block', ['DE89 3704 0044 0532 0130 00'])], 'de')
case('password', 'Wifi password: Sommer2026! enjoy', [('credentials', 'block', ['password: Sommer2026!'])])
case('password-de', 'WLAN-Passwort=geheim123', [('credentials', 'block', ['Passwort=geheim123'])], 'de')
case('internal-host', 'Dashboards live on grafana.corp now.', [('internal-hosts', 'warn', ['grafana.corp'])])
case('doc-id', 'See ACME-2291-QX for the numbers.', [('acme-doc-ids', 'warn', ['ACME-2291-QX'])])
case('doc-id-lower-no', 'See acme-2291-qx, lower case is not an id.')

# ---- links -----------------------------------------------------------------------------------------
for n, d in enumerate(['bit.ly/3abc', 'https://tinyurl.com/y6x', 'https://t.co/AbC123', 'http://ow.ly/xyz', 'buff.ly/2Qz', 'https://lnkd.in/dXy']):
    case(f'shortener-{n}', f'Look at this {d} now', [('links', 'warn', [d])])
case('blocked-domain', 'Found it on https://www.leaks.example/doc.pdf.', [('links', 'warn', ['https://www.leaks.example/doc.pdf'])])
case('blocked-subdomain', 'See cdn.badsite.com/x', [('links', 'warn', ['cdn.badsite.com/x'])])
case('blocked-lookalike', 'See notbadsite.com/x instead.')
case('plain-link', 'Read https://example.org/article?id=5 (worth it).')
case('url-in-parens-wiki', 'Source (https://en.wikipedia.org/wiki/Foo_(bar)) says so.')
case('not-a-url', 'Wir sehen uns z.B. am Montag, d.h. bald.', lang='de')
case('tracked-ok', 'New dashboard is live! #employee https://go.acme.com/l/Xy12Ab', contentItem=ITEM)
case('tracked-raw-url', 'New dashboard is live! #employee https://www.acme.com/blog/new-dashboard', [('links', 'warn', ['https://www.acme.com/blog/new-dashboard'])], contentItem=ITEM)
case('tracked-raw-url-noscheme', 'New dashboard #employee acme.com/blog/new-dashboard/', [('links', 'warn', ['acme.com/blog/new-dashboard/'])], contentItem=ITEM)
case('tracked-missing', 'New dashboard is live! #employee', [('links', 'warn', ['$END'])], contentItem=ITEM)
case('tracked-shortener', 'Live! #employee https://go.acme.com/l/Xy12Ab and bit.ly/zz', [('links', 'warn', ['bit.ly/zz'])], contentItem=ITEM)

# ---- disclosure ------------------------------------------------------------------------------------
case('disclosure-missing', 'Check out our new dashboard https://go.acme.com/l/Xy12Ab', [('disclosure', 'block', ['$END'])], contentItem=ITEM)
case('disclosure-missing-de', 'Unser neues Dashboard ist da https://go.acme.com/l/Xy12Ab', [('disclosure', 'block', ['$END'])], 'de', contentItem=ITEM)
case('disclosure-tag-case', 'New dashboard #Employee https://go.acme.com/l/Xy12Ab', contentItem=ITEM)
case('disclosure-phrase', 'I work at ACME and love this: https://go.acme.com/l/Xy12Ab', contentItem=ITEM)
case('disclosure-de-phrase', 'Ich arbeite für ACME – schaut mal: https://go.acme.com/l/Xy12Ab', lang='de', contentItem=ITEM)
case('disclosure-de-tag', 'Neu! #Mitarbeiterin https://go.acme.com/l/Xy12Ab', lang='de', contentItem=ITEM)
case('disclosure-nl', 'Ik werk bij ACME: https://go.acme.com/l/Xy12Ab', lang='nl', contentItem=ITEM)
case('disclosure-nl-missing', 'Nieuw dashboard! https://go.acme.com/l/Xy12Ab', [('disclosure', 'block', ['$END'])], 'nl', contentItem=ITEM)
case('disclosure-prefix-no', 'New! #employees https://go.acme.com/l/Xy12Ab', [('disclosure', 'block', ['$END'])], contentItem=ITEM)
case('disclosure-not-company', 'Interesting read https://news.example.org/city/cycling-plan', contentItem=EXT)

# ---- length and counts -----------------------------------------------------------------------------
x281 = 'a' * 281
case('x-281', x281, [('length-x', 'block', ['a'], 'x')], networks=['x'])
CASES[-1]['expected'][0]['ranges'] = [{'start': 280, 'end': 281}]
case('x-280', 'b' * 280, networks=['x'])
case('x-280-linkedin-only', 'c' * 400)
cjk = '中' * 141
case('x-cjk-141', cjk, [('length-x', 'block', ['$ALL'], 'x')], 'zh', networks=['x'])
CASES[-1]['expected'][0]['ranges'] = [{'start': 140, 'end': 141}]
case('x-cjk-140', '中' * 140, lang='zh', networks=['x'])
emoji = '👨‍👩‍👧‍👦' * 140
case('x-zwj-140', emoji, networks=['x'])
case('x-zwj-141', emoji + '👨‍👩‍👧‍👦', [('length-x', 'block', ['$ALL'], 'x')], networks=['x'])
CASES[-1]['expected'][0]['ranges'] = [{'start': u16(emoji, len(emoji)), 'end': u16(emoji + '👨‍👩‍👧‍👦', len(emoji) + 7)}]
url_post = 'x' * 256 + ' https://example.com/' + 'p' * 200
case('x-url-counts-23', url_post, networks=['x'])
case('linkedin-3001', 'd' * 3001, [('length-linkedin', 'block', ['$ALL'], 'linkedin')])
CASES[-1]['expected'][0]['ranges'] = [{'start': 3000, 'end': 3001}]
case('linkedin-3000', 'e' * 3000)
tags = 'Launch day! #one #two #three #four'
case('x-hashtags-4', tags, [('hashtags-x', 'warn', ['#four'], 'x')], networks=['x', 'linkedin'])
tags6 = 'Launch #a1 #b #c #d #e #f'
case('li-hashtags-6', tags6, [('hashtags-linkedin', 'warn', ['#f'], 'linkedin'), ('hashtags-x', 'warn', ['#d', '#e', '#f'], 'x')], networks=['x', 'linkedin'])
case('hashtag-umlaut', 'Schön! #Größe #Übung #Fußball', lang='de', networks=['x'])
case('hashtag-numeric-not-tag', 'We are #1 #2 #3 #4 #5 in the ranking #top', networks=['x'])
case('hashtag-in-url-not-tag', 'See https://example.com/#a #b #c #d', networks=['x'])
case('hashtag-in-url-plus-4', 'See https://example.com/#a #b #c #d #e', [('hashtags-x', 'warn', ['#e'], 'x')], networks=['x'])
many = ' '.join(f'@user{i}' for i in range(11))
case('x-mentions-11', many, [('hashtags-x', 'warn', ['@user10'], 'x')], networks=['x'])

# ---- quiet period (window 2026-01-15T00:00 – 2026-02-05T08:00 Europe/Berlin = 2026-01-14T23:00Z – 2026-02-05T07:00Z) ---
qp = 'Our quarterly results are out soon, stay tuned.'
case('quiet-keyword-inside', qp, [('quiet-period', 'block', ['quarterly results'])], at='2026-01-20T10:00:00Z')
case('quiet-keyword-before', qp, at='2026-01-14T22:59:59Z')
case('quiet-keyword-start', qp, [('quiet-period', 'block', ['quarterly results'])], at='2026-01-14T23:00:00Z')
case('quiet-keyword-start-offset', qp, [('quiet-period', 'block', ['quarterly results'])], at='2026-01-15T00:00:00+01:00')
case('quiet-keyword-end-minus', qp, [('quiet-period', 'block', ['quarterly results'])], at='2026-02-05T06:59:59Z')
case('quiet-keyword-end', qp, at='2026-02-05T07:00:00Z')
case('quiet-keyword-end-local', qp, at='2026-02-05T08:00:00+01:00')
case('quiet-topic', 'A great week for the team!', [('quiet-period', 'block', ['$ALL'])], at='2026-01-20T10:00:00Z', topics=['earnings'])
case('quiet-topic-outside', 'A great week for the team!', at='2026-02-06T10:00:00Z', topics=['earnings'])
case('quiet-other-topic', 'A great week for the team!', at='2026-01-20T10:00:00Z', topics=['culture'])
case('quiet-de', 'Die Quartalszahlen kommen bald.', [('quiet-period', 'block', ['Quartalszahlen'])], 'de', at='2026-01-20T10:00:00Z')
case('quiet-nl', 'De kwartaalcijfers komen eraan.', [('quiet-period', 'block', ['kwartaalcijfers'])], 'nl', at='2026-01-20T10:00:00Z')

# ---- originality -----------------------------------------------------------------------------------
ITEM_S = dict(ITEM, suggestedTexts=[SUGG])
sx = SUGG + ' #employee https://go.acme.com/l/Xy12Ab'
case('orig-verbatim-x', sx, [('originality', 'block', ['$ALL'], 'x'), ('originality', 'info', ['$ALL'], 'linkedin')], networks=['x', 'linkedin'], contentItem=ITEM_S)
near = SUGG.replace('every campaign', 'all campaigns') + ' #employee https://go.acme.com/l/Xy12Ab'
case('orig-near-x', near, [('originality', 'block', ['$ALL'], 'x')], networks=['x'], contentItem=ITEM_S)
own = 'I tried the new dashboard with my team: we cut our Monday reporting from two hours to ten minutes. #employee https://go.acme.com/l/Xy12Ab'
case('orig-own-words', own, networks=['x'], contentItem=ITEM_S)
case('orig-colleague', 'Big news: our new dashboard shows every campaign in real time and teams save hours!',
     [('originality', 'block', ['$ALL'], 'x')], networks=['x'], comparisonTexts=['Big news: our new dashboard shows every campaign in real time and teams save hours!!'])
case('orig-colleague-different', 'Big news: our new dashboard shows every campaign in real time.', networks=['x'], comparisonTexts=['Weekend hike in the Alps with the family, amazing views.'])
case('orig-case-insensitive', SUGG.upper() + ' #employee https://go.acme.com/l/Xy12Ab', [('originality', 'block', ['$ALL'], 'x')], networks=['x'], contentItem=ITEM_S)

# ---- copyright -------------------------------------------------------------------------------------
copied = 'The city council approved the new cycling plan on Monday after a long debate about parking spaces'
case('copy-long-quote', f'“{copied}” – finally! https://news.example.org/city/cycling-plan', [('copyright', 'warn', [copied])], contentItem=EXT)
case('copy-short-quote', 'The council approved the new cycling plan on Monday. Great! https://news.example.org/city/cycling-plan', contentItem=EXT)
case('copy-no-source-link', 'Great news for cyclists in our town.', [('copyright', 'warn', ['$END'])], contentItem=EXT)
case('copy-tracked-link-counts', 'Great news for cyclists! https://go.acme.com/l/Ext9', contentItem=dict(EXT, trackedLinks=['https://go.acme.com/l/Ext9']))
case('copy-case-punct', 'THE CITY COUNCIL APPROVED THE NEW CYCLING PLAN, ON MONDAY, AFTER A LONG DEBATE! news.example.org/city/cycling-plan',
     [('copyright', 'warn', ['THE CITY COUNCIL APPROVED THE NEW CYCLING PLAN, ON MONDAY, AFTER A LONG DEBATE'])], contentItem=EXT)
case('copy-exactly-12', 'New cycling plan on Monday after a long debate about parking spaces. news.example.org/city/cycling-plan', contentItem=EXT)
case('copy-13', 'the new cycling plan on Monday after a long debate about parking spaces. news.example.org/city/cycling-plan',
     [('copyright', 'warn', ['the new cycling plan on Monday after a long debate about parking spaces'])], contentItem=EXT)

# ---- combinations and tricky texts -----------------------------------------------------------------
case('combo-de', 'Vertraulich: Projekt Blütenweiß startet, Fragen an +49 30 1234567 😀', [('confidential-information', 'block', ['Vertraulich']), ('acme-projects', 'block', ['Projekt Blütenweiß']), ('personal-data', 'warn', ['+49 30 1234567'])], 'de')
case('combo-nl', 'Vertrouwelijk! Globex weet nog niets. bit.ly/abc', [('confidential-information', 'block', ['Vertrouwelijk']), ('competitors', 'warn', ['Globex']), ('links', 'warn', ['bit.ly/abc'])], 'nl')
case('emoji-offsets', '👩‍👩‍👧‍👦🎉 idiot 🎉', [('respectful-language', 'warn', ['idiot'])])
case('surrogate-before-iban', '💶 DE89 3704 0044 0532 0130 00', [('personal-data', 'block', ['DE89 3704 0044 0532 0130 00'])], 'de')
case('ligature-ij', 'Dit is ĳzersterk en vertrouwelĳk.', [('confidential-information', 'block', ['vertrouwelĳk'])], 'nl')
case('turkish-dotted-i', 'İstanbul office: confidential plans.', [('confidential-information', 'block', ['confidential'])])
case('empty', '')
case('whitespace', '   \n\n  ')

out = {'ruleSet': 'acme.rule-set.json', 'cases': CASES}
(ROOT / 'corpus/posts.corpus.json').write_text(json.dumps(out, ensure_ascii=False, indent=1) + '\n')
print(len(CASES), 'cases')
