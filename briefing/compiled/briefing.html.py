from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'briefing.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_i18n = l_0_likelihood = l_0_pack_nav = missing
    pass
    parent_template = environment.get_template('base.html', 'briefing.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_i18n = context.vars['i18n'] = environment.get_template('_i18n.html', 'briefing.html')._get_default_module(context)
    context.exported_vars.discard('i18n')
    included_template = environment.get_template('_analysis.html', 'briefing.html')._get_default_module(context)
    l_0_likelihood = getattr(included_template, 'likelihood', missing)
    if l_0_likelihood is missing:
        l_0_likelihood = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'briefing.html') does not export the requested name 'likelihood'", name='likelihood')
    context.vars['likelihood'] = l_0_likelihood
    context.exported_vars.discard('likelihood')
    included_template = environment.get_template('_pack.html', 'briefing.html')._get_default_module(context)
    l_0_pack_nav = getattr(included_template, 'pack_nav', missing)
    if l_0_pack_nav is missing:
        l_0_pack_nav = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'briefing.html') does not export the requested name 'pack_nav'", name='pack_nav')
    context.vars['pack_nav'] = l_0_pack_nav
    context.exported_vars.discard('pack_nav')
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_site = resolve('site')
    l_0_last_updated = resolve('last_updated')
    l_0__ = resolve('_')
    l_0_i18n = resolve('i18n')
    l_0_ngettext = resolve('ngettext')
    l_0_briefing = resolve('briefing')
    l_0_judgments = resolve('judgments')
    l_0_contents = resolve('contents')
    l_0_appendices = resolve('appendices')
    l_0_pack_nav = resolve('pack_nav')
    l_0_next = resolve('next')
    l_0_gettext = resolve('gettext')
    l_0_flags = resolve('flags')
    l_0_url = resolve('url')
    l_0_routes = resolve('routes')
    l_0__trans = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['markdown']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'markdown' found.")
    try:
        t_3 = environment.filters['plain']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'plain' found.")
    pass
    yield '<article class="pack" data-title="'
    yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))
    yield '" data-subject="'
    yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'description'))
    yield '"'
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'banner'):
        pass
        yield ' data-banner="'
        yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'banner'))
        yield '"'
    if (undefined(name='last_updated') if l_0_last_updated is missing else l_0_last_updated):
        pass
        yield ' data-as-of="'
        yield escape((undefined(name='last_updated') if l_0_last_updated is missing else l_0_last_updated))
        yield '"'
    yield '>\n<!--pack:front-->\n<div class="pack-cover">\n<header class="pack-title">\n  <p class="pack-kicker">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Briefing', _block_vars=_block_vars))
    yield '</p>\n  <h1>'
    yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'text'), environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'), 'site:title', _block_vars=_block_vars))
    yield '</h1>\n'
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'description'):
        pass
        yield '<p class="lede">'
        yield escape(t_3(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'description')))
        yield '</p>'
    yield '  <p class="stats">'
    if (undefined(name='last_updated') if l_0_last_updated is missing else l_0_last_updated):
        pass
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'As of %(date)s', date=(undefined(name='last_updated') if l_0_last_updated is missing else l_0_last_updated), _block_vars=_block_vars))
        yield ' · '
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), '%(facts)s from %(sources)s', facts=context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(num)d fact', '%(num)d facts', t_1(environment.getattr((undefined(name='briefing') if l_0_briefing is missing else l_0_briefing), 'facts')), _block_vars=_block_vars), sources=context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(num)d source', '%(num)d sources', t_1(environment.getattr((undefined(name='briefing') if l_0_briefing is missing else l_0_briefing), 'sources')), _block_vars=_block_vars), _block_vars=_block_vars))
    yield '</p>\n'
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'banner'):
        pass
        yield '<p class="pack-banner">'
        yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'text'), environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'banner'), 'site:banner', _block_vars=_block_vars))
        yield '</p>'
    yield '  <p class="no-print muted">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'The briefing pack is laid out for paper: this front page, then one part per topic and the appendices, each a page to read or print on its own, in the order of the contents below.', _block_vars=_block_vars))
    yield '</p>\n</header>\n\n'
    if (undefined(name='judgments') if l_0_judgments is missing else l_0_judgments):
        pass
        yield '<section class="pack-section" aria-labelledby="pack-judgments">\n  <h2 id="pack-judgments">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Bottom line: key judgments', _block_vars=_block_vars))
        yield '</h2>\n  <ol class="judgments">\n'
        l_1_loop = missing
        for (l_1_judgment, l_1_facts), l_1_loop in LoopContext((undefined(name='judgments') if l_0_judgments is missing else l_0_judgments), undefined):
            l_1_likelihood = resolve('likelihood')
            l_1_scales = resolve('scales')
            _loop_vars = {}
            pass
            yield '    <li>'
            yield escape(t_2(context, environment.getattr(l_1_judgment, 'text')))
            yield '\n      <p class="judgment-grade">'
            yield escape(context.call((undefined(name='likelihood') if l_1_likelihood is missing else l_1_likelihood), l_1_judgment, (undefined(name='scales') if l_1_scales is missing else l_1_scales), _loop_vars=_loop_vars))
            yield ' · '
            yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), 'based on fact', 'based on facts', t_1(l_1_facts), _loop_vars=_loop_vars))
            yield ' '
            l_2_loop = missing
            for l_2_fact, l_2_loop in LoopContext(l_1_facts, undefined):
                l_2_pack_entries = resolve('pack_entries')
                l_2_fact_numbers = resolve('fact_numbers')
                _loop_vars = {}
                pass
                yield '<a href="'
                yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getitem((undefined(name='pack_entries') if l_2_pack_entries is missing else l_2_pack_entries), environment.getattr(l_2_fact, 'id')), markup_join(('fact-', environment.getattr(l_2_fact, 'id'), )), _loop_vars=_loop_vars))
                yield '">'
                yield escape(environment.getitem((undefined(name='fact_numbers') if l_2_fact_numbers is missing else l_2_fact_numbers), environment.getattr(l_2_fact, 'id')))
                yield '</a>'
                yield escape((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 26 in 'briefing.html' evaluated to false and no else section was defined.")))
            l_2_loop = l_2_fact = l_2_pack_entries = l_2_fact_numbers = missing
            yield '</p></li>\n'
        l_1_loop = l_1_judgment = l_1_facts = l_1_likelihood = l_1_scales = missing
        yield '  </ol>\n</section>\n'
    yield '\n</div>\n<nav class="pack-contents" aria-labelledby="pack-contents-heading">\n  <h2 id="pack-contents-heading">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Contents', _block_vars=_block_vars))
    yield '</h2>\n  <ol>\n'
    l_1_loop = missing
    for l_1_entry, l_1_loop in LoopContext((undefined(name='contents') if l_0_contents is missing else l_0_contents), undefined):
        l_1_first = missing
        _loop_vars = {}
        pass
        l_1_first = environment.getitem(environment.getitem(environment.getattr(l_1_entry, 'parts'), 0), 0)
        _loop_vars['first'] = l_1_first
        yield '    <li><a href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='first') if l_1_first is missing else l_1_first), 'route'), environment.getattr((undefined(name='first') if l_1_first is missing else l_1_first), 'anchor'), _loop_vars=_loop_vars))
        yield '">'
        yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'text'), environment.getattr(environment.getattr(l_1_entry, 'topic'), 'title'), markup_join(('topic:', environment.getattr(environment.getattr(l_1_entry, 'topic'), 'id'), ':title', )), _loop_vars=_loop_vars))
        yield '</a> <span class="count">('
        yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(num)d fact', '%(num)d facts', environment.getattr(l_1_entry, 'count'), _loop_vars=_loop_vars))
        yield ')</span><span class="toc-page" data-heading="'
        yield escape(environment.getattr(l_1_entry, 'heading'))
        yield '"></span>'
        if ((t_1(environment.getattr(l_1_entry, 'parts')) > 1) or environment.getattr(l_1_entry, 'sections')):
            pass
            yield '      <ol class="pack-contents-parts">\n'
            if (t_1(environment.getattr(l_1_entry, 'parts')) > 1):
                pass
                l_2_loop = missing
                for (l_2_part, l_2_low, l_2_high), l_2_loop in LoopContext(environment.getattr(l_1_entry, 'parts'), undefined):
                    _loop_vars = {}
                    pass
                    yield '<li><a href="'
                    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr(l_2_part, 'route'), environment.getattr(l_2_part, 'anchor'), _loop_vars=_loop_vars))
                    yield '">'
                    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Part %(number)d: facts %(first)s–%(last)s', number=environment.getattr(l_2_loop, 'index'), first=markup_join((environment.getattr(l_1_entry, 'number'), '.', l_2_low, )), last=markup_join((environment.getattr(l_1_entry, 'number'), '.', l_2_high, )), _loop_vars=_loop_vars))
                    yield '</a></li>'
                l_2_loop = l_2_part = l_2_low = l_2_high = missing
            for (l_2_title, l_2_route, l_2_anchor) in environment.getattr(l_1_entry, 'sections'):
                _loop_vars = {}
                pass
                yield '<li><a href="'
                yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), l_2_route, l_2_anchor, _loop_vars=_loop_vars))
                yield '">'
                yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'original'), l_2_title, _loop_vars=_loop_vars))
                yield '</a></li>'
            l_2_title = l_2_route = l_2_anchor = missing
            yield '      </ol>'
        yield '</li>\n'
    l_1_loop = l_1_entry = l_1_first = missing
    for l_1_part in (undefined(name='appendices') if l_0_appendices is missing else l_0_appendices):
        _loop_vars = {}
        pass
        yield '    <li><a href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr(l_1_part, 'route'), environment.getattr(l_1_part, 'anchor'), _loop_vars=_loop_vars))
        yield '">'
        yield escape(environment.getattr(l_1_part, 'title'))
        yield '</a><span class="toc-page" data-heading="'
        yield escape(environment.getattr(l_1_part, 'anchor'))
        yield '-title"></span></li>\n'
    l_1_part = missing
    yield '    <li><a href="#pack-method">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'About this briefing', _block_vars=_block_vars))
    yield '</a><span class="toc-page" data-heading="pack-method-title"></span></li>\n  </ol>\n</nav>\n<!--/pack:front-->\n'
    yield escape(context.call((undefined(name='pack_nav') if l_0_pack_nav is missing else l_0_pack_nav), None, (undefined(name='next') if l_0_next is missing else l_0_next), 'bottom', _block_vars=_block_vars))
    yield '\n<!--pack:end-->\n<section class="pack-section" id="pack-method" aria-labelledby="pack-method-title">\n  <h2 id="pack-method-title">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'About this briefing', _block_vars=_block_vars))
    yield '</h2>\n  <p>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Every fact is a claim by the named actors, quoted from an archived article; the editors do not verify it unless an assessment says so.', _block_vars=_block_vars))
    yield ' '
    yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'A fact is <em>single source</em> when one independent line of reporting carries it (relays of the same agency count once);', _block_vars=_block_vars))
    if (environment.getattr((undefined(name='flags') if l_0_flags is missing else l_0_flags), 'badge') == 'corroborated'):
        pass
        yield ' '
        yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), '%(single)s of the %(total)s facts are, so only the others are marked, with their number of independent sources;', single=environment.getattr((undefined(name='flags') if l_0_flags is missing else l_0_flags), 'single'), total=environment.getattr((undefined(name='flags') if l_0_flags is missing else l_0_flags), 'total'), _block_vars=_block_vars))
    yield ' '
    yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'it is <em>disputed</em> when some actors assert it and others deny it.', _block_vars=_block_vars))
    yield ' '
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Grades follow the Admiralty system (source reliability A–F, information credibility 1–6, e.g. B2) and likelihoods the terms of ICD 203', _block_vars=_block_vars))
    if (not environment.getattr((undefined(name='flags') if l_0_flags is missing else l_0_flags), 'sources_graded')):
        pass
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), "; no source of this briefing is graded yet, so only the editors' credibility ratings appear", _block_vars=_block_vars))
    else:
        pass
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), '; a grade that is missing is left out, never defaulted', _block_vars=_block_vars))
    yield '. '
    l_0__trans = context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'METHODOLOGY'), _block_vars=_block_vars)
    _block_vars['_trans'] = l_0__trans
    yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'The full <a href="%(href)s">methodology</a> is on the site.', href=(undefined(name='_trans') if l_0__trans is missing else l_0__trans), _block_vars=_block_vars))
    yield '</p>\n</section>\n<!--/pack:end-->\n</article>\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=18&4=24&5=32&8=75&12=90&13=92&14=94&15=100&16=106&17=112&20=114&22=117&24=120&25=126&26=128&35=149&37=152&38=156&39=159&40=167&42=170&43=182&47=194&48=198&50=206&54=208&57=210&58=212&58=232'
# briefing precompiled template 25cbbb4691487a54eed4aefdd2a1820beeafc8749fcdddbac639a94b5abad574
