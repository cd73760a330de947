from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'methodology.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', 'methodology.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0__ = resolve('_')
    l_0_url = resolve('url')
    l_0_routes = resolve('routes')
    l_0_gettext = resolve('gettext')
    l_0_flags = resolve('flags')
    l_0_scales = resolve('scales')
    l_0_ngettext = resolve('ngettext')
    l_0_grading = resolve('grading')
    l_0__trans = missing
    try:
        t_1 = environment.filters['t']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 't' found.")
    pass
    yield '<h1>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Methodology', _block_vars=_block_vars))
    yield '</h1>\n<p class="lede">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'How this briefing is made, how its judgement aids are computed, and what its grades mean.', _block_vars=_block_vars))
    yield '</p>\n\n<section aria-labelledby="making">\n<h2 id="making">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'How the briefing is made', _block_vars=_block_vars))
    yield '</h2>\n<p>'
    l_0__trans = context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'SOURCES'), _block_vars=_block_vars)
    _block_vars['_trans'] = l_0__trans
    yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Editors read each news article and archive its text verbatim as a <a href="%(href)s">source</a>. They summarise what it reports as <em>facts</em>: one neutral sentence each, dated when it happened. Every fact records who says it and with what stance (asserts, confirms, denies, declines to comment), and each of those <em>positions</em> cites the exact passage of an archived source; the build refuses a quote that does not occur in the archived text. A claim is attributed to whoever makes it, not to the newspaper that reports it: “South Korea\'s intelligence service said …” is the service\'s assertion, cited to the article.', href=(undefined(name='_trans') if l_0__trans is missing else l_0__trans), _block_vars=_block_vars))
    yield '</p>\n<p>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Nothing on the site is typed in twice: the counts, flags, lists and charts below are computed from those positions and citations at every build.', _block_vars=_block_vars))
    yield '</p>\n</section>\n\n<section aria-labelledby="corroboration">\n<h2 id="corroboration">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Corroboration and single sources', _block_vars=_block_vars))
    yield '</h2>\n<ul>\n  <li>'
    yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), '<strong>Asserting actors</strong> are the distinct actors who assert or confirm a claim.', _block_vars=_block_vars))
    yield '</li>\n  <li>'
    yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), '<strong>Independent sources</strong> are the lines of reporting behind the claim: the sources cited by its asserting and confirming positions (for a claim nobody asserts, by all of its positions). Articles from the same publisher count once, and an article that relays an agency (its <em>via</em>, e.g. a newspaper carrying an Associated Press report) counts as that agency, so a report and its relays count once.', _block_vars=_block_vars))
    yield '</li>\n  <li>'
    l_0__trans = context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'SINGLE_SOURCE'), _block_vars=_block_vars)
    _block_vars['_trans'] = l_0__trans
    yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'A fact is <strong>single source</strong> when one independent source carries it. A denial reported in another article does not corroborate a claim. The <a href="%(href)s">single-source list</a> is where a reviewer starts.', href=(undefined(name='_trans') if l_0__trans is missing else l_0__trans), _block_vars=_block_vars))
    yield '</li>\n  <li>'
    l_0__trans = context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'DISPUTED'), _block_vars=_block_vars)
    _block_vars['_trans'] = l_0__trans
    yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'A claim is <strong>disputed</strong> when some actors assert or confirm it and others deny it; the <a href="%(href)s">disputed claims</a> show both sides with their dates and quotes.', href=(undefined(name='_trans') if l_0__trans is missing else l_0__trans), _block_vars=_block_vars))
    yield '</li>\n</ul>\n</section>\n\n<section aria-labelledby="numbers">\n<h2 id="numbers">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Estimates over time and the transfer register', _block_vars=_block_vars))
    yield '</h2>\n<p>'
    l_0__trans = context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'NUMBERS'), _block_vars=_block_vars)
    _block_vars['_trans'] = l_0__trans
    yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Figures that measure the same thing share a series id and are charted together on <a href="%(href)s">Estimates over time</a>. Each asserting actor\'s figure is one estimate, dated when the actor gave it (the position\'s date; failing that, the publication date of the report; failing that, the date of the event). Ranges are drawn as bars, “more than” and “at least” as marks open upwards, “up to” and “fewer than” as marks open downwards; partial dates are placed in the middle of the month or year they name.', href=(undefined(name='_trans') if l_0__trans is missing else l_0__trans), _block_vars=_block_vars))
    yield '</p>\n<p>'
    l_0__trans = context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'REGISTER'), _block_vars=_block_vars)
    _block_vars['_trans'] = l_0__trans
    yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Facts that record what changed hands form the <a href="%(href)s">transfer register</a>, in the manner of the SIPRI arms transfers database: item, quantity (estimates marked, unknown quantities said to be unknown), period, delivery, who claims it and who denies it.', href=(undefined(name='_trans') if l_0__trans is missing else l_0__trans), _block_vars=_block_vars))
    yield '</p>\n</section>\n\n<section aria-labelledby="grading">\n<h2 id="grading">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Source reliability and information credibility', _block_vars=_block_vars))
    yield '</h2>\n<p>'
    yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Sources and facts may carry grades of the Admiralty (NATO) system, written together as a letter and a digit: <strong>B2</strong> is a usually reliable source reporting information that is probably true. A fact reported by several sources has one grade per source. A grade the editors have not given is never filled in with a default: lists show only the grades that were given', _block_vars=_block_vars))
    if (not environment.getattr((undefined(name='flags') if l_0_flags is missing else l_0_flags), 'sources_graded')):
        pass
        yield ' '
        yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), "(no source of this briefing is graded yet, so a fact's information credibility is shown alone, as <em>credibility 2</em>)", _block_vars=_block_vars))
    else:
        pass
        yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), ", and a fact's page marks a missing half as <em>ungraded</em>", _block_vars=_block_vars))
    yield '.</p>\n<p id="flags">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Flags mark what is rare in this briefing, decided from its data.', _block_vars=_block_vars))
    yield ' '
    if (environment.getattr((undefined(name='flags') if l_0_flags is missing else l_0_flags), 'badge') == 'corroborated'):
        pass
        yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), '%(single)s of its %(total)s facts rest on one independent line of reporting, so those are not flagged one by one: a fact carried by two or more independent sources is marked (<span class="badge badge--corroborated">2 independent sources</span>), and the others are listed on the <a href="%(href)s">single-source page</a>.', single=environment.getattr((undefined(name='flags') if l_0_flags is missing else l_0_flags), 'single'), total=environment.getattr((undefined(name='flags') if l_0_flags is missing else l_0_flags), 'total'), href=context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'SINGLE_SOURCE'), _block_vars=_block_vars), _block_vars=_block_vars))
    else:
        pass
        yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Most facts are carried by more than one independent source, so the %(single)s that rest on one are marked <span class="badge badge--single">%(label)s</span>.', single=environment.getattr((undefined(name='flags') if l_0_flags is missing else l_0_flags), 'single'), label=context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Single source', _block_vars=_block_vars), _block_vars=_block_vars))
    yield ' '
    l_0__trans = context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Disputed', _block_vars=_block_vars)
    _block_vars['_trans'] = l_0__trans
    yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Facts that some actors assert and others deny are marked <span class="badge badge--disputed">%(label)s</span>.', label=(undefined(name='_trans') if l_0__trans is missing else l_0__trans), _block_vars=_block_vars))
    yield '</p>\n<div class="table-pair">\n<table class="data">\n  <caption>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Source reliability', _block_vars=_block_vars))
    yield '</caption>\n  <thead><tr><th scope="col">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Grade', _block_vars=_block_vars))
    yield '</th><th scope="col">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Meaning', _block_vars=_block_vars))
    yield '</th></tr></thead>\n  <tbody>'
    for (l_1_code, l_1_meaning) in context.call(environment.getattr(environment.getattr((undefined(name='scales') if l_0_scales is missing else l_0_scales), 'reliability'), 'items'), _block_vars=_block_vars):
        _loop_vars = {}
        pass
        yield '<tr><th scope="row">'
        yield escape(l_1_code)
        yield '</th><td>'
        yield escape(t_1(l_1_meaning))
        yield '</td></tr>'
    l_1_code = l_1_meaning = missing
    yield '</tbody>\n</table>\n<table class="data">\n  <caption>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Information credibility', _block_vars=_block_vars))
    yield '</caption>\n  <thead><tr><th scope="col">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Grade', _block_vars=_block_vars))
    yield '</th><th scope="col">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Meaning', _block_vars=_block_vars))
    yield '</th></tr></thead>\n  <tbody>'
    for (l_1_code, l_1_meaning) in context.call(environment.getattr(environment.getattr((undefined(name='scales') if l_0_scales is missing else l_0_scales), 'credibility'), 'items'), _block_vars=_block_vars):
        _loop_vars = {}
        pass
        yield '<tr><th scope="row">'
        yield escape(l_1_code)
        yield '</th><td>'
        yield escape(t_1(l_1_meaning))
        yield '</td></tr>'
    l_1_code = l_1_meaning = missing
    yield '</tbody>\n</table>\n</div>\n</section>\n\n<section aria-labelledby="likelihood">\n<h2 id="likelihood">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Likelihood and confidence', _block_vars=_block_vars))
    yield '</h2>\n<p>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Key judgments and assessed facts may state how likely they are and how confident the editors are, in the terms of US Intelligence Community Directive 203. Likelihood is about the event; confidence is about the evidence and reasoning behind the judgment.', _block_vars=_block_vars))
    yield '</p>\n<div class="table-pair">\n<table class="data">\n  <caption>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Expressions of likelihood', _block_vars=_block_vars))
    yield '</caption>\n  <thead><tr><th scope="col">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Term', _block_vars=_block_vars))
    yield '</th><th scope="col">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Probability', _block_vars=_block_vars))
    yield '</th></tr></thead>\n  <tbody>'
    for (l_1_key, l_1_term) in context.call(environment.getattr(environment.getattr((undefined(name='scales') if l_0_scales is missing else l_0_scales), 'likelihood'), 'items'), _block_vars=_block_vars):
        _loop_vars = {}
        pass
        yield '<tr><th scope="row">'
        yield escape(t_1(environment.getitem(l_1_term, 0)))
        yield '</th><td>'
        yield escape(environment.getitem(l_1_term, 1))
        yield '</td></tr>'
    l_1_key = l_1_term = missing
    yield '</tbody>\n</table>\n<table class="data">\n  <caption>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Analytic confidence', _block_vars=_block_vars))
    yield '</caption>\n  <thead><tr><th scope="col">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Level', _block_vars=_block_vars))
    yield '</th><th scope="col">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Meaning', _block_vars=_block_vars))
    yield '</th></tr></thead>\n  <tbody>'
    for (l_1_key, l_1_meaning) in context.call(environment.getattr(environment.getattr((undefined(name='scales') if l_0_scales is missing else l_0_scales), 'confidence'), 'items'), _block_vars=_block_vars):
        l_1_confidence_level = resolve('confidence_level')
        _loop_vars = {}
        pass
        yield '<tr><th scope="row">'
        yield escape(environment.getitem((undefined(name='confidence_level') if l_1_confidence_level is missing else l_1_confidence_level), l_1_key))
        yield '</th><td>'
        yield escape(t_1(l_1_meaning))
        yield '</td></tr>'
    l_1_key = l_1_meaning = l_1_confidence_level = missing
    yield '</tbody>\n</table>\n</div>\n</section>\n\n<section aria-labelledby="coverage">\n<h2 id="coverage">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Grading in this briefing', _block_vars=_block_vars))
    yield '</h2>\n<ul>\n  <li>'
    yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(num)d of %(total)d source has a reliability grade.', '%(num)d of %(total)d sources have a reliability grade.', environment.getitem(environment.getattr((undefined(name='grading') if l_0_grading is missing else l_0_grading), 'sources'), 1), num=environment.getitem(environment.getattr((undefined(name='grading') if l_0_grading is missing else l_0_grading), 'sources'), 0), total=environment.getitem(environment.getattr((undefined(name='grading') if l_0_grading is missing else l_0_grading), 'sources'), 1), _block_vars=_block_vars))
    yield '</li>\n  <li>'
    yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(num)d of %(total)d fact has a credibility grade, and %(likely)d a likelihood.', '%(num)d of %(total)d facts have a credibility grade, and %(likely)d a likelihood.', environment.getitem(environment.getattr((undefined(name='grading') if l_0_grading is missing else l_0_grading), 'credibility'), 1), num=environment.getitem(environment.getattr((undefined(name='grading') if l_0_grading is missing else l_0_grading), 'credibility'), 0), total=environment.getitem(environment.getattr((undefined(name='grading') if l_0_grading is missing else l_0_grading), 'credibility'), 1), likely=environment.getitem(environment.getattr((undefined(name='grading') if l_0_grading is missing else l_0_grading), 'likelihood'), 0), _block_vars=_block_vars))
    yield '</li>\n  <li>'
    yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(num)d of %(total)d key judgment states a likelihood.', '%(num)d of %(total)d key judgments state a likelihood.', environment.getitem(environment.getattr((undefined(name='grading') if l_0_grading is missing else l_0_grading), 'judgments'), 1), num=environment.getitem(environment.getattr((undefined(name='grading') if l_0_grading is missing else l_0_grading), 'judgments'), 0), total=environment.getitem(environment.getattr((undefined(name='grading') if l_0_grading is missing else l_0_grading), 'judgments'), 1), _block_vars=_block_vars))
    yield '</li>\n</ul>\n</section>\n\n<section aria-labelledby="history">\n<h2 id="history">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'What changed', _block_vars=_block_vars))
    yield '</h2>\n<p>'
    l_0__trans = context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'CHANGES'), _block_vars=_block_vars)
    _block_vars['_trans'] = l_0__trans
    yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Facts record when they entered the briefing, when they last changed materially and, optionally, a note for each change. <a href="%(changes)s">What changed</a> lists them newest first, and each fact page shows its own history. The <a href="%(pack)s">briefing pack</a> gathers everything for paper: a front page with the key judgments and the contents, then one part per topic.', changes=(undefined(name='_trans') if l_0__trans is missing else l_0__trans), pack=context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'PACK'), _block_vars=_block_vars), _block_vars=_block_vars))
    yield '</p>\n</section>\n'

blocks = {'main': block_main}
debug_info = '1=12&2=17&3=41&4=43&7=45&8=49&9=51&13=53&15=55&16=57&17=61&18=65&23=67&24=71&25=75&29=77&30=79&31=88&31=99&34=101&35=103&36=107&39=117&40=119&41=123&47=133&48=135&51=137&52=139&53=143&56=153&57=155&58=159&64=170&66=172&67=174&68=176&73=178&74=182'
# briefing precompiled template 712b1ba7be8695bca8e9feace6bbe6c8a26b466d522c4d980d393cd74abfab25
