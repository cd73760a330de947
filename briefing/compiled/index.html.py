from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'index.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_i18n = l_0_fact_link = l_0_when = missing
    pass
    parent_template = environment.get_template('base.html', 'index.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_i18n = context.vars['i18n'] = environment.get_template('_i18n.html', 'index.html')._get_default_module(context)
    context.exported_vars.discard('i18n')
    included_template = environment.get_template('_macros.html', 'index.html')._get_default_module(context)
    l_0_fact_link = getattr(included_template, 'fact_link', missing)
    if l_0_fact_link is missing:
        l_0_fact_link = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'index.html') does not export the requested name 'fact_link'", name='fact_link')
    l_0_when = getattr(included_template, 'when', missing)
    if l_0_when is missing:
        l_0_when = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'index.html') does not export the requested name 'when'", name='when')
    context.vars.update({'fact_link': l_0_fact_link, 'when': l_0_when})
    context.exported_vars.difference_update(('fact_link', 'when'))
    yield from parent_template.root_render_func(context)

def block_title(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_site = resolve('site')
    pass
    yield escape(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'))

def block_contents(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_i18n = resolve('i18n')
    l_0_site = resolve('site')
    l_0_judgments = resolve('judgments')
    l_0__ = resolve('_')
    l_0_url = resolve('url')
    l_0_routes = resolve('routes')
    l_0_ngettext = resolve('ngettext')
    l_0_counts = resolve('counts')
    l_0_analysis = resolve('analysis')
    l_0_key_facts = resolve('key_facts')
    l_0_cards = resolve('cards')
    l_0_latest = resolve('latest')
    try:
        t_1 = environment.filters['capitalize']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'capitalize' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['markdown']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'markdown' found.")
    try:
        t_4 = environment.filters['quantity']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'quantity' found.")
    try:
        t_5 = environment.filters['t']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 't' found.")
    pass
    yield '<h1>'
    yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'text'), environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'title'), 'site:title', _block_vars=_block_vars))
    yield '</h1>\n\n'
    if (undefined(name='judgments') if l_0_judgments is missing else l_0_judgments):
        pass
        yield '<section class="bluf" aria-labelledby="kj-heading">\n  <h2 id="kj-heading">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Key judgments', _block_vars=_block_vars))
        yield '</h2>\n  <ol class="judgments">\n'
        l_1_loop = missing
        for l_1_view, l_1_loop in LoopContext((undefined(name='judgments') if l_0_judgments is missing else l_0_judgments), undefined):
            l_1_fallback = resolve('fallback')
            l_1_scales = resolve('scales')
            l_1_term = resolve('term')
            l_1_confidence_label = resolve('confidence_label')
            l_1_judgment = l_1_original = missing
            _loop_vars = {}
            pass
            l_1_judgment = environment.getattr(l_1_view, 'judgment')
            _loop_vars['judgment'] = l_1_judgment
            yield '    <li class="judgment">\n'
            l_1_original = context.call((undefined(name='fallback') if l_1_fallback is missing else l_1_fallback), markup_join(('judgment:', (environment.getattr((undefined(name='judgment') if l_1_judgment is missing else l_1_judgment), 'id') or environment.getattr(l_1_loop, 'index')), )), _loop_vars=_loop_vars)
            _loop_vars['original'] = l_1_original
            yield '      <div class="judgment-statement"'
            if (undefined(name='original') if l_1_original is missing else l_1_original):
                pass
                yield ' lang="'
                yield escape((undefined(name='original') if l_1_original is missing else l_1_original))
                yield '"'
            yield '>'
            yield escape(t_3(context, environment.getattr(l_1_view, 'statement')))
            yield '</div>\n'
            if (undefined(name='original') if l_1_original is missing else l_1_original):
                pass
                yield '<p class="untranslated">'
                yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'This text is not yet translated; it is shown in the original language.', _loop_vars=_loop_vars))
                yield '</p>'
            if (environment.getattr((undefined(name='judgment') if l_1_judgment is missing else l_1_judgment), 'likelihood') or environment.getattr((undefined(name='judgment') if l_1_judgment is missing else l_1_judgment), 'confidence')):
                pass
                yield '      <p class="chips">'
                if environment.getattr((undefined(name='judgment') if l_1_judgment is missing else l_1_judgment), 'likelihood'):
                    pass
                    l_1_term = environment.getitem(environment.getattr((undefined(name='scales') if l_1_scales is missing else l_1_scales), 'likelihood'), environment.getattr((undefined(name='judgment') if l_1_judgment is missing else l_1_judgment), 'likelihood'))
                    _loop_vars['term'] = l_1_term
                    yield '<span class="chip chip--likelihood"><span class="visually-hidden">'
                    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Likelihood:', _loop_vars=_loop_vars))
                    yield ' </span><abbr title="'
                    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'ICD 203 likelihood: %(range)s probability', range=environment.getitem((undefined(name='term') if l_1_term is missing else l_1_term), 1), _loop_vars=_loop_vars))
                    yield '">'
                    yield escape(t_5(environment.getitem((undefined(name='term') if l_1_term is missing else l_1_term), 0)))
                    yield '</abbr></span>'
                if environment.getattr((undefined(name='judgment') if l_1_judgment is missing else l_1_judgment), 'confidence'):
                    pass
                    yield ' <span class="chip chip--confidence chip--'
                    yield escape(environment.getattr((undefined(name='judgment') if l_1_judgment is missing else l_1_judgment), 'confidence'))
                    yield '">'
                    yield escape(t_1(environment.getitem((undefined(name='confidence_label') if l_1_confidence_label is missing else l_1_confidence_label), environment.getattr((undefined(name='judgment') if l_1_judgment is missing else l_1_judgment), 'confidence'))))
                    yield '</span>'
                yield '</p>\n'
            yield '      <details class="judgment-basis">\n        <summary>'
            yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), 'Based on %(num)d fact', 'Based on %(num)d facts', t_2(environment.getattr(l_1_view, 'facts')), _loop_vars=_loop_vars))
            yield '</summary>\n'
            if environment.getattr(l_1_view, 'detail'):
                pass
                yield '<div class="judgment-detail"'
                if (undefined(name='original') if l_1_original is missing else l_1_original):
                    pass
                    yield ' lang="'
                    yield escape((undefined(name='original') if l_1_original is missing else l_1_original))
                    yield '"'
                yield '>'
                yield escape(t_3(context, environment.getattr(l_1_view, 'detail')))
                yield '</div>'
            yield '        <ul class="supports">'
            for l_2_fact in environment.getattr(l_1_view, 'facts'):
                l_2_fact_link = resolve('fact_link')
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape(context.call((undefined(name='fact_link') if l_2_fact_link is missing else l_2_fact_link), l_2_fact, _loop_vars=_loop_vars))
                yield '</li>'
            l_2_fact = l_2_fact_link = missing
            yield '</ul>\n      </details>\n    </li>\n'
        l_1_loop = l_1_view = l_1_judgment = l_1_fallback = l_1_original = l_1_scales = l_1_term = l_1_confidence_label = missing
        yield '  </ol>\n  <p class="muted judgment-help"><a href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'METHODOLOGY'), _block_vars=_block_vars))
        yield '">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'What likelihood and confidence mean', _block_vars=_block_vars))
        yield '</a></p>\n</section>\n'
    yield '\n'
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'description'):
        pass
        yield '<div class="lede">'
        yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'block'), environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'description'), 'site:description', _block_vars=_block_vars))
        yield '</div>'
    yield '<p class="stats">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), '%(facts)s from %(sources)s', facts=context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(num)d fact', '%(num)d facts', environment.getattr((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'facts'), _block_vars=_block_vars), sources=context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(num)d source', '%(num)d sources', environment.getattr((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'sources'), _block_vars=_block_vars), _block_vars=_block_vars))
    yield ' · '
    yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(num)d entity', '%(num)d entities', environment.getattr((undefined(name='counts') if l_0_counts is missing else l_0_counts), 'entities'), _block_vars=_block_vars))
    yield '</p>\n\n'
    template = environment.get_template('_overview_map.html', 'index.html')
    gen = template.root_render_func(template.new_context(context.get_all(), True, {}))
    try:
        for event in gen:
            yield event
    finally: gen.close()
    yield '<section aria-labelledby="analysis-heading">\n  <h2 id="analysis-heading">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Analysis', _block_vars=_block_vars))
    yield '</h2>\n  <ul class="cards analysis-cards">\n    <li class="card"><h3><a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'DISPUTED'), _block_vars=_block_vars))
    yield '">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Disputed claims', _block_vars=_block_vars))
    yield '</a></h3><p>'
    yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(num)d asserted by some and denied by others', '%(num)d asserted by some and denied by others', environment.getattr((undefined(name='analysis') if l_0_analysis is missing else l_0_analysis), 'disputed'), _block_vars=_block_vars))
    yield '</p></li>\n    <li class="card"><h3><a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'SINGLE_SOURCE'), _block_vars=_block_vars))
    yield '">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Single source', _block_vars=_block_vars))
    yield '</a></h3><p>'
    yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(num)d of %(total)d fact rests on one source', '%(num)d of %(total)d facts rest on one source', environment.getattr((undefined(name='analysis') if l_0_analysis is missing else l_0_analysis), 'facts'), num=environment.getattr((undefined(name='analysis') if l_0_analysis is missing else l_0_analysis), 'single_source'), total=environment.getattr((undefined(name='analysis') if l_0_analysis is missing else l_0_analysis), 'facts'), _block_vars=_block_vars))
    yield '</p></li>\n    <li class="card"><h3><a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'NUMBERS'), _block_vars=_block_vars))
    yield '">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Estimates over time', _block_vars=_block_vars))
    yield '</a></h3><p>'
    yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(num)d series of figures, charted', '%(num)d series of figures, charted', environment.getattr((undefined(name='analysis') if l_0_analysis is missing else l_0_analysis), 'series'), _block_vars=_block_vars))
    yield '</p></li>\n    <li class="card"><h3><a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'REGISTER'), _block_vars=_block_vars))
    yield '">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Transfer register', _block_vars=_block_vars))
    yield '</a></h3><p>'
    yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(num)d reported transfer', '%(num)d reported transfers', environment.getattr((undefined(name='analysis') if l_0_analysis is missing else l_0_analysis), 'transfers'), _block_vars=_block_vars))
    yield '</p></li>\n    <li class="card"><h3><a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'CHANGES'), _block_vars=_block_vars))
    yield '">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'What changed', _block_vars=_block_vars))
    yield '</a></h3><p>'
    yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(num)d recorded change, newest first', '%(num)d recorded changes, newest first', environment.getattr((undefined(name='analysis') if l_0_analysis is missing else l_0_analysis), 'changes'), _block_vars=_block_vars))
    yield '</p></li>\n    <li class="card"><h3><a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'PACK'), _block_vars=_block_vars))
    yield '">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Briefing pack', _block_vars=_block_vars))
    yield '</a></h3><p>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'the whole briefing laid out for paper, one part per topic', _block_vars=_block_vars))
    yield '</p></li>\n  </ul>\n  <p><a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'METHODOLOGY'), _block_vars=_block_vars))
    yield '">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'How this briefing is made, and what its grades mean', _block_vars=_block_vars))
    yield '</a></p>\n</section>\n\n'
    if (undefined(name='key_facts') if l_0_key_facts is missing else l_0_key_facts):
        pass
        yield '<section aria-labelledby="kf-heading">\n  <h2 id="kf-heading">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Key facts', _block_vars=_block_vars))
        yield '</h2>\n  <ul class="fact-list">'
        for l_1_fact in (undefined(name='key_facts') if l_0_key_facts is missing else l_0_key_facts):
            l_1_fact_link = resolve('fact_link')
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(context.call((undefined(name='fact_link') if l_1_fact_link is missing else l_1_fact_link), l_1_fact, _loop_vars=_loop_vars))
            if environment.getattr(l_1_fact, 'quantity'):
                pass
                yield ' — <span class="quantity">'
                yield escape(t_4(environment.getattr(l_1_fact, 'quantity')))
                yield '</span>'
            yield '</li>'
        l_1_fact = l_1_fact_link = missing
        yield '</ul>\n</section>\n'
    yield '\n<section aria-labelledby="topics-heading">\n  <h2 id="topics-heading">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Topics', _block_vars=_block_vars))
    yield '</h2>\n  <ul class="cards">\n'
    for (l_1_topic, l_1_fact_count, l_1_source_count) in (undefined(name='cards') if l_0_cards is missing else l_0_cards):
        _loop_vars = {}
        pass
        yield '    <li class="card"><h3><a href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), l_1_topic, _loop_vars=_loop_vars))
        yield '">'
        yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'text'), environment.getattr(l_1_topic, 'title'), markup_join(('topic:', environment.getattr(l_1_topic, 'id'), ':title', )), _loop_vars=_loop_vars))
        yield '</a></h3>\n      <p>'
        yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(num)d fact', '%(num)d facts', l_1_fact_count, _loop_vars=_loop_vars))
        yield ' · '
        yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(num)d source', '%(num)d sources', l_1_source_count, _loop_vars=_loop_vars))
        yield '</p></li>\n'
    l_1_topic = l_1_fact_count = l_1_source_count = missing
    yield '  </ul>\n</section>\n\n'
    if (undefined(name='latest') if l_0_latest is missing else l_0_latest):
        pass
        yield '<section aria-labelledby="latest-heading">\n  <h2 id="latest-heading">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Latest developments', _block_vars=_block_vars))
        yield '</h2>\n  <ul class="fact-list">'
        for l_1_fact in (undefined(name='latest') if l_0_latest is missing else l_0_latest):
            l_1_fact_link = resolve('fact_link')
            _loop_vars = {}
            pass
            yield '<li>'
            yield escape(context.call((undefined(name='fact_link') if l_1_fact_link is missing else l_1_fact_link), l_1_fact, _loop_vars=_loop_vars))
            yield '</li>'
        l_1_fact = l_1_fact_link = missing
        yield '</ul>\n  <p><a href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'TIMELINE'), _block_vars=_block_vars))
        yield '">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Full timeline', _block_vars=_block_vars))
        yield '</a></p>\n</section>\n'

blocks = {'title': block_title, 'contents': block_contents, 'main': block_main}
debug_info = '1=13&2=16&3=18&4=29&5=40&6=49&7=100&9=102&11=105&13=108&14=116&16=119&17=122&18=130&19=135&21=138&22=149&26=158&27=160&28=172&33=183&37=188&38=194&40=198&42=205&44=207&45=213&46=219&47=225&48=231&49=237&51=243&54=247&56=250&57=252&62=267&64=269&65=273&66=277&71=283&73=286&74=288&75=297'
# briefing precompiled template 56a39386fa3d9bf5fd6a7296710ec4e1dcadb3fedd57c161a02ea573da992163
