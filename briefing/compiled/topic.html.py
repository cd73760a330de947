from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'topic.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_i18n = l_0_fact_item = l_0_footnotes = l_0_series_blocks = missing
    pass
    parent_template = environment.get_template('base.html', 'topic.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_i18n = context.vars['i18n'] = environment.get_template('_i18n.html', 'topic.html')._get_default_module(context)
    context.exported_vars.discard('i18n')
    included_template = environment.get_template('_macros.html', 'topic.html')._get_default_module(context)
    l_0_fact_item = getattr(included_template, 'fact_item', missing)
    if l_0_fact_item is missing:
        l_0_fact_item = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'topic.html') does not export the requested name 'fact_item'", name='fact_item')
    l_0_footnotes = getattr(included_template, 'footnotes', missing)
    if l_0_footnotes is missing:
        l_0_footnotes = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'topic.html') does not export the requested name 'footnotes'", name='footnotes')
    context.vars.update({'fact_item': l_0_fact_item, 'footnotes': l_0_footnotes})
    context.exported_vars.difference_update(('fact_item', 'footnotes'))
    included_template = environment.get_template('_analysis.html', 'topic.html')._get_default_module(context)
    l_0_series_blocks = getattr(included_template, 'series_blocks', missing)
    if l_0_series_blocks is missing:
        l_0_series_blocks = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'topic.html') does not export the requested name 'series_blocks'", name='series_blocks')
    context.vars['series_blocks'] = l_0_series_blocks
    context.exported_vars.discard('series_blocks')
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_i18n = resolve('i18n')
    l_0_topic = resolve('topic')
    l_0_page_number = resolve('page_number')
    l_0__ = resolve('_')
    l_0_series = resolve('series')
    l_0_figures = resolve('figures')
    l_0_series_blocks = resolve('series_blocks')
    l_0_topic_pages = resolve('topic_pages')
    l_0_first_number = resolve('first_number')
    l_0_facts = resolve('facts')
    l_0_fact_count = resolve('fact_count')
    l_0_flags = resolve('flags')
    l_0_gettext = resolve('gettext')
    l_0_url = resolve('url')
    l_0_routes = resolve('routes')
    l_0_filters = resolve('filters')
    l_0_groups = resolve('groups')
    l_0_footnotes = resolve('footnotes')
    l_0_notes = resolve('notes')
    l_0_pagination = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    pass
    def macro(l_1_where):
        t_2 = []
        if l_1_where is missing:
            l_1_where = undefined("parameter 'where' was not provided", name='where')
        pass
        if (t_1((undefined(name='topic_pages') if l_0_topic_pages is missing else l_0_topic_pages)) > 1):
            pass
            t_2.extend((
                '<nav class="pagination" aria-label="',
                escape((context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Pages of %(topic)s (top)', topic=environment.getattr((undefined(name='topic') if l_0_topic is missing else l_0_topic), 'title')) if (l_1_where == 'top') else context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Pages of %(topic)s (bottom)', topic=environment.getattr((undefined(name='topic') if l_0_topic is missing else l_0_topic), 'title')))),
                '"><ul>\n',
            ))
            for (l_2_number, l_2_route) in (undefined(name='topic_pages') if l_0_topic_pages is missing else l_0_topic_pages):
                _loop_vars = {}
                pass
                t_2.extend((
                    '  <li><a href="',
                    escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), l_2_route, _loop_vars=_loop_vars)),
                    '"',
                ))
                if (l_2_number == (undefined(name='page_number') if l_0_page_number is missing else l_0_page_number)):
                    pass
                    t_2.append(
                        ' aria-current="page"',
                    )
                t_2.extend((
                    '>',
                    escape(l_2_number),
                    '</a></li>\n',
                ))
            l_2_number = l_2_route = missing
            t_2.append(
                '</ul></nav>\n',
            )
        return concat(t_2)
    l_0_pagination = Macro(environment, macro, 'pagination', ('where',), False, False, False, context.eval_ctx.autoescape)
    yield '<h1>'
    yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'text'), environment.getattr((undefined(name='topic') if l_0_topic is missing else l_0_topic), 'title'), markup_join(('topic:', environment.getattr((undefined(name='topic') if l_0_topic is missing else l_0_topic), 'id'), ':title', )), _block_vars=_block_vars))
    yield '</h1>\n'
    if (((undefined(name='page_number') if l_0_page_number is missing else l_0_page_number) == 1) and environment.getattr((undefined(name='topic') if l_0_topic is missing else l_0_topic), 'summary')):
        pass
        yield '<h2 id="summary" class="visually-hidden">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Summary', _block_vars=_block_vars))
        yield '</h2><div class="summary">'
        yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'block'), environment.getattr((undefined(name='topic') if l_0_topic is missing else l_0_topic), 'summary'), markup_join(('topic:', environment.getattr((undefined(name='topic') if l_0_topic is missing else l_0_topic), 'id'), ':summary', )), _block_vars=_block_vars))
        yield '</div>'
    if (((undefined(name='page_number') if l_0_page_number is missing else l_0_page_number) == 1) and ((undefined(name='series') if l_0_series is missing else l_0_series) or (undefined(name='figures') if l_0_figures is missing else l_0_figures))):
        pass
        yield '<section aria-labelledby="estimates-heading">\n<h2 id="estimates-heading">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Estimates over time', _block_vars=_block_vars))
        yield '</h2>\n'
        yield escape(context.call((undefined(name='series_blocks') if l_0_series_blocks is missing else l_0_series_blocks), (undefined(name='series') if l_0_series is missing else l_0_series), 'h3', figures=(undefined(name='figures') if l_0_figures is missing else l_0_figures), _block_vars=_block_vars))
        yield '\n</section>\n'
    yield '<h2 id="facts">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Facts', _block_vars=_block_vars))
    yield ' <span class="count">('
    if (t_1((undefined(name='topic_pages') if l_0_topic_pages is missing else l_0_topic_pages)) > 1):
        pass
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), '%(first)s–%(last)s of %(count)s', first=(undefined(name='first_number') if l_0_first_number is missing else l_0_first_number), last=(((undefined(name='first_number') if l_0_first_number is missing else l_0_first_number) + t_1((undefined(name='facts') if l_0_facts is missing else l_0_facts))) - 1), count=(undefined(name='fact_count') if l_0_fact_count is missing else l_0_fact_count), _block_vars=_block_vars))
    else:
        pass
        yield escape((undefined(name='fact_count') if l_0_fact_count is missing else l_0_fact_count))
    yield ')</span></h2>\n'
    if (environment.getattr((undefined(name='flags') if l_0_flags is missing else l_0_flags), 'badge') == 'corroborated'):
        pass
        yield '<p class="flag-note">'
        yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), '%(single)s of the briefing\'s %(total)s facts rest on a single line of reporting, so only the exceptions are marked: <span class="badge badge--corroborated">2 independent sources</span> or more. <a href="%(href)s">The single-source facts</a>.', single=environment.getattr((undefined(name='flags') if l_0_flags is missing else l_0_flags), 'single'), total=environment.getattr((undefined(name='flags') if l_0_flags is missing else l_0_flags), 'total'), href=context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'SINGLE_SOURCE'), _block_vars=_block_vars), _block_vars=_block_vars))
        yield '</p>'
    yield '<form class="filters" id="fact-filters" hidden aria-label="'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Filter the facts', _block_vars=_block_vars))
    yield '">\n  <fieldset><legend>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Stance', _block_vars=_block_vars))
    yield '</legend>\n'
    for l_1_stance in environment.getattr((undefined(name='filters') if l_0_filters is missing else l_0_filters), 'stances'):
        l_1_stance_label = resolve('stance_label')
        _loop_vars = {}
        pass
        yield '<button type="button" class="chip-toggle" data-filter="stance" data-value="'
        yield escape(l_1_stance)
        yield '" aria-pressed="false">'
        yield escape(environment.getitem((undefined(name='stance_label') if l_1_stance_label is missing else l_1_stance_label), l_1_stance))
        yield '</button>'
    l_1_stance = l_1_stance_label = missing
    yield '  </fieldset>\n  <fieldset><legend>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Sources', _block_vars=_block_vars))
    yield '</legend>\n  <button type="button" class="chip-toggle" data-filter="sources" data-value="corroborated" aria-pressed="false">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), '2+ independent', _block_vars=_block_vars))
    yield '</button><button type="button" class="chip-toggle" data-filter="sources" data-value="single" aria-pressed="false">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'single source', _block_vars=_block_vars))
    yield '</button><button type="button" class="chip-toggle" data-filter="sources" data-value="disputed" aria-pressed="false">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'disputed', _block_vars=_block_vars))
    yield '</button>\n  </fieldset>\n  <fieldset><legend><label for="filter-actor">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Actor', _block_vars=_block_vars))
    yield '</label></legend>\n  <select id="filter-actor" data-filter="actor"><option value="">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'anyone', _block_vars=_block_vars))
    yield '</option>'
    for (l_1_id, l_1_label, l_1_count) in environment.getattr((undefined(name='filters') if l_0_filters is missing else l_0_filters), 'actors'):
        _loop_vars = {}
        pass
        yield '<option value="'
        yield escape(l_1_id)
        yield '">'
        yield escape(l_1_label)
        yield ' ('
        yield escape(l_1_count)
        yield ')</option>'
    l_1_id = l_1_label = l_1_count = missing
    yield '</select>\n  </fieldset>\n  <p class="filter-status" role="status" aria-live="polite"></p>\n</form>\n'
    yield escape(context.call((undefined(name='pagination') if l_0_pagination is missing else l_0_pagination), 'top', _block_vars=_block_vars))
    yield '\n'
    for (l_1_title, l_1_anchor, l_1_views) in (undefined(name='groups') if l_0_groups is missing else l_0_groups):
        l_1_untranslated_sections = resolve('untranslated_sections')
        l_1_languages = resolve('languages')
        _loop_vars = {}
        pass
        yield '<section class="fact-section"'
        if l_1_title:
            pass
            yield ' aria-labelledby="'
            yield escape(l_1_anchor)
            yield '"'
        yield '>\n'
        if l_1_title:
            pass
            yield '<h2 id="'
            yield escape(l_1_anchor)
            yield '" class="section-title">'
            if (l_1_title in (undefined(name='untranslated_sections') if l_1_untranslated_sections is missing else l_1_untranslated_sections)):
                pass
                yield '<span lang="'
                yield escape(environment.getitem((undefined(name='languages') if l_1_languages is missing else l_1_languages), 0))
                yield '">'
                yield escape(l_1_title)
                yield '</span>'
            else:
                pass
                yield escape(l_1_title)
            yield '</h2>'
        for l_2_view in l_1_views:
            l_2_helpers = resolve('helpers')
            l_2_fact_item = resolve('fact_item')
            _loop_vars = {}
            pass
            yield escape(context.call(environment.getattr((undefined(name='helpers') if l_2_helpers is missing else l_2_helpers), 'entry'), (undefined(name='fact_item') if l_2_fact_item is missing else l_2_fact_item), l_2_view, _loop_vars=_loop_vars))
            yield '\n'
        l_2_view = l_2_helpers = l_2_fact_item = missing
        yield '</section>\n'
    l_1_title = l_1_anchor = l_1_views = l_1_untranslated_sections = l_1_languages = missing
    yield escape(context.call((undefined(name='pagination') if l_0_pagination is missing else l_0_pagination), 'bottom', _block_vars=_block_vars))
    yield '\n'
    yield escape(context.call((undefined(name='footnotes') if l_0_footnotes is missing else l_0_footnotes), (undefined(name='notes') if l_0_notes is missing else l_0_notes), _block_vars=_block_vars))
    yield '\n<script src="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'FILTER_SCRIPT'), _block_vars=_block_vars))
    yield '" defer></script>\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=18&4=27&5=35&6=69&7=74&8=78&9=81&10=86&15=106&16=108&17=115&19=118&20=120&23=123&24=132&26=138&27=140&28=142&30=153&31=155&33=161&34=163&38=177&39=179&40=185&41=191&42=207&43=212&47=217&48=219&49=221'
# briefing precompiled template 0fb509820d50ba1aed0be353a4b50345635c22732172500661087ce8f8acb331
