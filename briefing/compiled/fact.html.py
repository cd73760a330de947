from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'fact.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_i18n = l_0_when = l_0_entity_link = l_0_badges = l_0_footnotes = l_0_fact_link = l_0_source_line = l_0_corroboration = l_0_likelihood = missing
    pass
    parent_template = environment.get_template('base.html', 'fact.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_i18n = context.vars['i18n'] = environment.get_template('_i18n.html', 'fact.html')._get_default_module(context)
    context.exported_vars.discard('i18n')
    included_template = environment.get_template('_macros.html', 'fact.html')._get_default_module(context)
    l_0_when = getattr(included_template, 'when', missing)
    if l_0_when is missing:
        l_0_when = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'fact.html') does not export the requested name 'when'", name='when')
    l_0_entity_link = getattr(included_template, 'entity_link', missing)
    if l_0_entity_link is missing:
        l_0_entity_link = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'fact.html') does not export the requested name 'entity_link'", name='entity_link')
    l_0_badges = getattr(included_template, 'badges', missing)
    if l_0_badges is missing:
        l_0_badges = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'fact.html') does not export the requested name 'badges'", name='badges')
    l_0_footnotes = getattr(included_template, 'footnotes', missing)
    if l_0_footnotes is missing:
        l_0_footnotes = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'fact.html') does not export the requested name 'footnotes'", name='footnotes')
    l_0_fact_link = getattr(included_template, 'fact_link', missing)
    if l_0_fact_link is missing:
        l_0_fact_link = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'fact.html') does not export the requested name 'fact_link'", name='fact_link')
    l_0_source_line = getattr(included_template, 'source_line', missing)
    if l_0_source_line is missing:
        l_0_source_line = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'fact.html') does not export the requested name 'source_line'", name='source_line')
    context.vars.update({'when': l_0_when, 'entity_link': l_0_entity_link, 'badges': l_0_badges, 'footnotes': l_0_footnotes, 'fact_link': l_0_fact_link, 'source_line': l_0_source_line})
    context.exported_vars.difference_update(('when', 'entity_link', 'badges', 'footnotes', 'fact_link', 'source_line'))
    included_template = environment.get_template('_analysis.html', 'fact.html')._get_default_module(context)
    l_0_corroboration = getattr(included_template, 'corroboration', missing)
    if l_0_corroboration is missing:
        l_0_corroboration = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'fact.html') does not export the requested name 'corroboration'", name='corroboration')
    l_0_likelihood = getattr(included_template, 'likelihood', missing)
    if l_0_likelihood is missing:
        l_0_likelihood = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'fact.html') does not export the requested name 'likelihood'", name='likelihood')
    context.vars.update({'corroboration': l_0_corroboration, 'likelihood': l_0_likelihood})
    context.exported_vars.difference_update(('corroboration', 'likelihood'))
    yield from parent_template.root_render_func(context)

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
    l_0_fact = resolve('fact')
    l_0__ = resolve('_')
    l_0_when = resolve('when')
    l_0_in_series = resolve('in_series')
    l_0_url = resolve('url')
    l_0_routes = resolve('routes')
    l_0__trans = resolve('_trans')
    l_0_gettext = resolve('gettext')
    l_0_status_label = resolve('status_label')
    l_0_view = resolve('view')
    l_0_badges = resolve('badges')
    l_0_corroboration = resolve('corroboration')
    l_0_flags = resolve('flags')
    l_0_shown_grades = resolve('shown_grades')
    l_0_entity_link = resolve('entity_link')
    l_0_scales = resolve('scales')
    l_0_likelihood = resolve('likelihood')
    l_0_related = resolve('related')
    l_0_history = resolve('history')
    l_0_footnotes = resolve('footnotes')
    l_0_notes = resolve('notes')
    l_0_topic_route = resolve('topic_route')
    l_0_topic = resolve('topic')
    try:
        t_1 = environment.filters['grade_text']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'grade_text' found.")
    try:
        t_2 = environment.filters['grade_title']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'grade_title' found.")
    try:
        t_3 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_4 = environment.filters['lower']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'lower' found.")
    try:
        t_5 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_6 = environment.filters['quantity']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'quantity' found.")
    try:
        t_7 = environment.filters['t']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 't' found.")
    try:
        t_8 = environment.filters['unique']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'unique' found.")
    pass
    yield '<h1 class="claim-heading">'
    yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'text'), environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'claim'), markup_join(('fact:', environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'id'), )), _block_vars=_block_vars))
    yield '</h1>\n<dl class="meta">\n'
    if environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'date'):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'When', _block_vars=_block_vars))
        yield '</dt><dd>'
        yield escape(context.call((undefined(name='when') if l_0_when is missing else l_0_when), environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'date'), _block_vars=_block_vars))
        yield '</dd>'
    if environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'quantity'):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Quantity', _block_vars=_block_vars))
        yield '</dt><dd><span class="quantity">'
        yield escape(t_6(environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'quantity')))
        yield '</span>'
        if environment.getattr(environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'quantity'), 'text'):
            pass
            yield ' (“'
            yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'original'), environment.getattr(environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'quantity'), 'text'), _block_vars=_block_vars))
            yield '”)'
        if (undefined(name='in_series') if l_0_in_series is missing else l_0_in_series):
            pass
            yield ' · '
            l_0__trans = context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'NUMBERS'), markup_join(('series-', environment.getattr((undefined(name='in_series') if l_0_in_series is missing else l_0_in_series), 'id'), )), _block_vars=_block_vars)
            _block_vars['_trans'] = l_0__trans
            yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'in the series <a href="%(href)s">%(series)s</a>', href=(undefined(name='_trans') if l_0__trans is missing else l_0__trans), series=environment.getattr((undefined(name='in_series') if l_0_in_series is missing else l_0_in_series), 'title'), _block_vars=_block_vars))
        yield '</dd>'
    yield '  <dt>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Status', _block_vars=_block_vars))
    yield '</dt><dd>'
    yield escape(environment.getitem((undefined(name='status_label') if l_0_status_label is missing else l_0_status_label), environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'standing'), 'status')))
    yield escape(context.call((undefined(name='badges') if l_0_badges is missing else l_0_badges), environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'standing'), (undefined(name='fact') if l_0_fact is missing else l_0_fact), _block_vars=_block_vars))
    yield ' · '
    yield escape(context.call((undefined(name='corroboration') if l_0_corroboration is missing else l_0_corroboration), environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'standing'), _block_vars=_block_vars))
    def t_9(fiter):
        for l_1_origin in fiter:
            if environment.getattr(l_1_origin, 'relayed'):
                yield l_1_origin
    for l_1_origin in t_9(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'standing'), 'evidence')):
        _loop_vars = {}
        pass
        yield '; '
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), "%(num)d articles carry %(origin)s's reporting and count once", num=t_3(environment.getattr(l_1_origin, 'sources')), origin=environment.getattr(l_1_origin, 'label'), _loop_vars=_loop_vars))
    l_1_origin = missing
    yield '</dd>\n'
    if environment.getattr((undefined(name='flags') if l_0_flags is missing else l_0_flags), 'sources_graded'):
        pass
        yield '  <dt>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Grade', _block_vars=_block_vars))
        yield '</dt><dd>'
        l_1_loop = missing
        for l_1_grade, l_1_loop in LoopContext(environment.getattr(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'standing'), 'grades'), undefined):
            l_1_briefing = resolve('briefing')
            _loop_vars = {}
            pass
            yield '<abbr class="grade'
            yield escape((' grade--none' if (environment.getattr(l_1_grade, 'compact') == 'ungraded') else cond_expr_undefined("the inline if-expression on line 14 in 'fact.html' evaluated to false and no else section was defined.")))
            yield '" title="'
            yield escape(t_2(l_1_grade))
            yield '">'
            yield escape(t_1(l_1_grade))
            yield '</abbr> <span class="muted">('
            yield escape(((environment.getattr(environment.getitem(environment.getattr((undefined(name='briefing') if l_1_briefing is missing else l_1_briefing), 'sources'), environment.getattr(l_1_grade, 'source')), 'publisher') or environment.getattr(environment.getitem(environment.getattr((undefined(name='briefing') if l_1_briefing is missing else l_1_briefing), 'sources'), environment.getattr(l_1_grade, 'source')), 'title')) if (environment.getattr(l_1_grade, 'source') in environment.getattr((undefined(name='briefing') if l_1_briefing is missing else l_1_briefing), 'sources')) else environment.getattr(l_1_grade, 'source')))
            yield ')</span>'
            yield escape((', ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 14 in 'fact.html' evaluated to false and no else section was defined.")))
        l_1_loop = l_1_grade = l_1_briefing = missing
        yield ' · <a href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'METHODOLOGY'), 'grading', _block_vars=_block_vars))
        yield '">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'what grades mean', _block_vars=_block_vars))
        yield '</a></dd>\n'
    elif context.call((undefined(name='shown_grades') if l_0_shown_grades is missing else l_0_shown_grades), environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'standing'), (undefined(name='flags') if l_0_flags is missing else l_0_flags), _block_vars=_block_vars):
        pass
        yield '  <dt>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Grade', _block_vars=_block_vars))
        yield '</dt><dd>'
        l_1_loop = missing
        for (l_1_label, l_1_description), l_1_loop in LoopContext(context.call((undefined(name='shown_grades') if l_0_shown_grades is missing else l_0_shown_grades), environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'standing'), (undefined(name='flags') if l_0_flags is missing else l_0_flags), _block_vars=_block_vars), undefined):
            _loop_vars = {}
            pass
            yield '<abbr class="grade" title="'
            yield escape(t_7(l_1_description))
            yield '">'
            yield escape(t_7(l_1_label))
            yield '</abbr>'
            yield escape((', ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 16 in 'fact.html' evaluated to false and no else section was defined.")))
        l_1_loop = l_1_label = l_1_description = missing
        yield ' · <a href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'METHODOLOGY'), 'grading', _block_vars=_block_vars))
        yield '">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'what grades mean', _block_vars=_block_vars))
        yield '</a></dd>\n'
    if environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'entities'):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Involves', _block_vars=_block_vars))
        yield '</dt><dd>'
        l_1_loop = missing
        for l_1_ref, l_1_loop in LoopContext(environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'entities'), undefined):
            _loop_vars = {}
            pass
            yield escape(context.call((undefined(name='entity_link') if l_0_entity_link is missing else l_0_entity_link), l_1_ref, _loop_vars=_loop_vars))
            yield escape((', ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 18 in 'fact.html' evaluated to false and no else section was defined.")))
        l_1_loop = l_1_ref = missing
        yield '</dd>'
    if environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'transfer'):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Transfer', _block_vars=_block_vars))
        yield '</dt><dd>'
        yield escape(context.call((undefined(name='entity_link') if l_0_entity_link is missing else l_0_entity_link), environment.getattr(environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'transfer'), 'item'), _block_vars=_block_vars))
        if environment.getattr(environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'transfer'), 'supplier'):
            pass
            yield ' '
            yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'from %(supplier)s', supplier=context.call((undefined(name='entity_link') if l_0_entity_link is missing else l_0_entity_link), environment.getattr(environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'transfer'), 'supplier'), _block_vars=_block_vars), _block_vars=_block_vars))
        if environment.getattr(environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'transfer'), 'recipient'):
            pass
            yield ' '
            yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'to %(recipient)s', recipient=context.call((undefined(name='entity_link') if l_0_entity_link is missing else l_0_entity_link), environment.getattr(environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'transfer'), 'recipient'), _block_vars=_block_vars), _block_vars=_block_vars))
        if environment.getattr(environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'transfer'), 'delivery'):
            pass
            yield ', '
            yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'text_only'), environment.getattr(environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'transfer'), 'delivery'), markup_join(('fact:', environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'id'), ':delivery', )), _block_vars=_block_vars))
        yield ' · <a href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'REGISTER'), markup_join(('transfer-', environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'id'), )), _block_vars=_block_vars))
        yield '">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'in the transfer register', _block_vars=_block_vars))
        yield '</a></dd>'
    if environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'assessment'):
        pass
        yield '<dt>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Assessment', _block_vars=_block_vars))
        yield '</dt><dd>'
        if environment.getattr(environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'assessment'), 'credibility'):
            pass
            yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Credibility', _block_vars=_block_vars))
            yield ' '
            yield escape(environment.getattr(environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'assessment'), 'credibility'))
            yield ' ('
            yield escape(t_4(t_7(environment.getitem(environment.getattr((undefined(name='scales') if l_0_scales is missing else l_0_scales), 'credibility'), environment.getattr(environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'assessment'), 'credibility')))))
            yield ') · '
        yield escape(context.call((undefined(name='likelihood') if l_0_likelihood is missing else l_0_likelihood), environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'assessment'), (undefined(name='scales') if l_0_scales is missing else l_0_scales), _block_vars=_block_vars))
        if environment.getattr(environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'assessment'), 'rationale'):
            pass
            yield '<div>'
            yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'original'), environment.getattr(environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'assessment'), 'rationale'), markdown=True, _block_vars=_block_vars))
            yield '</div>'
        yield '</dd>'
    yield '</dl>\n\n<h2>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Positions', _block_vars=_block_vars))
    yield '</h2>\n<div class="position-grid">\n'
    l_1_loop = missing
    for (l_1_position, l_1_notes_here), l_1_loop in LoopContext(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'markers'), undefined):
        l_1_briefing = resolve('briefing')
        l_1_stance_label = resolve('stance_label')
        l_1_chain = resolve('chain')
        l_1_reporters = resolve('reporters')
        l_1__trans = l_0__trans
        l_1_marker_ids = missing
        _loop_vars = {}
        pass
        yield '  <section class="position-card stance-'
        yield escape(environment.getattr(l_1_position, 'stance'))
        yield '" aria-label="'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), '%(actor)s %(stance)s', actor=(environment.getattr(environment.getitem(environment.getattr((undefined(name='briefing') if l_1_briefing is missing else l_1_briefing), 'entities'), environment.getattr(environment.getattr(l_1_position, 'actor'), 'id')), 'label') if (environment.getattr(environment.getattr(l_1_position, 'actor'), 'id') in environment.getattr((undefined(name='briefing') if l_1_briefing is missing else l_1_briefing), 'entities')) else environment.getattr(environment.getattr(l_1_position, 'actor'), 'id')), stance=environment.getitem((undefined(name='stance_label') if l_1_stance_label is missing else l_1_stance_label), environment.getattr(l_1_position, 'stance')), _loop_vars=_loop_vars))
        yield '">\n    <h3>'
        yield escape(context.call((undefined(name='entity_link') if l_0_entity_link is missing else l_0_entity_link), environment.getattr(l_1_position, 'actor'), _loop_vars=_loop_vars))
        yield ' <span class="stance">'
        yield escape(environment.getitem((undefined(name='stance_label') if l_1_stance_label is missing else l_1_stance_label), environment.getattr(l_1_position, 'stance')))
        yield '</span></h3>\n'
        if environment.getattr(l_1_position, 'date'):
            pass
            yield '<p class="position-date">'
            yield escape(context.call((undefined(name='when') if l_0_when is missing else l_0_when), environment.getattr(l_1_position, 'date'), _loop_vars=_loop_vars))
            yield '</p>'
        l_1_marker_ids = environment.getitem(environment.getattr((undefined(name='view') if l_0_view is missing else l_0_view), 'marker_ids'), environment.getattr(l_1_loop, 'index0'))
        _loop_vars['marker_ids'] = l_1_marker_ids
        if environment.getattr(l_1_position, 'via'):
            pass
            t_10 = []
            pass
            l_3_loop = missing
            for l_3_ref, l_3_loop in LoopContext(environment.getattr(l_1_position, 'via'), undefined):
                _loop_vars = {}
                pass
                t_10.extend((
                    escape(context.call((undefined(name='entity_link') if l_0_entity_link is missing else l_0_entity_link), l_3_ref, _loop_vars=_loop_vars)),
                    escape((context.call((undefined(name='_') if l_0__ is missing else l_0__), ', then ', _loop_vars=_loop_vars) if (not environment.getattr(l_3_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 30 in 'fact.html' evaluated to false and no else section was defined."))),
                ))
            l_3_loop = l_3_ref = missing
            l_1_chain = (Markup if context.eval_ctx.autoescape else identity)(concat(t_10))
            _loop_vars['chain'] = l_1_chain
            t_11 = []
            pass
            l_3_loop = missing
            for l_3_source, l_3_loop in LoopContext(t_8(environment, t_5(context, l_1_notes_here, attribute='source'), attribute='id'), undefined):
                _loop_vars = {}
                pass
                if environment.getattr(l_3_source, 'publisher'):
                    pass
                    t_11.append(
                        escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'original'), environment.getattr(l_3_source, 'publisher'), _loop_vars=_loop_vars)),
                    )
                else:
                    pass
                    t_11.extend((
                        '<cite lang="',
                        escape(environment.getattr(l_3_source, 'language')),
                        '">',
                        escape(environment.getattr(l_3_source, 'title')),
                        '</cite>',
                    ))
                t_11.append(
                    escape((', ' if (not environment.getattr(l_3_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 30 in 'fact.html' evaluated to false and no else section was defined."))),
                )
            l_3_loop = l_3_source = missing
            l_1_reporters = (Markup if context.eval_ctx.autoescape else identity)(concat(t_11))
            _loop_vars['reporters'] = l_1_reporters
            yield '<p class="relay">'
            l_1__trans = context.call((undefined(name='entity_link') if l_0_entity_link is missing else l_0_entity_link), environment.getattr(l_1_position, 'actor'), _loop_vars=_loop_vars)
            _loop_vars['_trans'] = l_1__trans
            yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), '%(actor)s, via %(chain)s, reported by %(reporters)s', actor=(undefined(name='_trans') if l_1__trans is missing else l_1__trans), chain=(undefined(name='chain') if l_1_chain is missing else l_1_chain), reporters=(undefined(name='reporters') if l_1_reporters is missing else l_1_reporters), _loop_vars=_loop_vars))
            yield '</p>'
        l_2_loop = missing
        for l_2_note, l_2_loop in LoopContext(l_1_notes_here, undefined):
            l_2_source_line = resolve('source_line')
            l_2_grade_attribute = resolve('grade_attribute')
            _loop_vars = {}
            pass
            yield '    <figure class="quote">\n      '
            yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'quote'), l_2_note, _loop_vars=_loop_vars))
            yield '\n      <figcaption><a href="'
            yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr(l_2_note, 'source'), environment.getattr(l_2_note, 'anchor'), _loop_vars=_loop_vars))
            yield '">'
            yield escape(context.call((undefined(name='source_line') if l_2_source_line is missing else l_2_source_line), environment.getattr(l_2_note, 'source'), _loop_vars=_loop_vars))
            yield '</a> <a class="cite" id="'
            yield escape(environment.getitem((undefined(name='marker_ids') if l_1_marker_ids is missing else l_1_marker_ids), environment.getattr(l_2_loop, 'index0')))
            yield '" href="#fn-'
            yield escape(environment.getattr(l_2_note, 'number'))
            yield '"'
            yield escape(context.call((undefined(name='grade_attribute') if l_2_grade_attribute is missing else l_2_grade_attribute), (undefined(name='fact') if l_0_fact is missing else l_0_fact), environment.getattr(l_2_note, 'source'), _loop_vars=_loop_vars))
            yield ' aria-label="'
            yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Citation %(number)s', number=environment.getattr(l_2_note, 'number'), _loop_vars=_loop_vars))
            yield '">['
            yield escape(environment.getattr(l_2_note, 'number'))
            yield ']</a></figcaption>\n    </figure>\n'
        l_2_loop = l_2_note = l_2_source_line = l_2_grade_attribute = missing
        if environment.getattr(l_1_position, 'note'):
            pass
            yield '<p class="note">'
            yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'original'), environment.getattr(l_1_position, 'note'), _loop_vars=_loop_vars))
            yield '</p>'
        yield '  </section>\n'
    l_1_loop = l_1_position = l_1_notes_here = l_1_briefing = l_1_stance_label = l_1_marker_ids = l_1_chain = l_1_reporters = l_1__trans = missing
    yield '</div>\n\n'
    if (undefined(name='related') if l_0_related is missing else l_0_related):
        pass
        yield '<h2 id="related">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Related facts', _block_vars=_block_vars))
        yield '</h2>\n<ul class="related">\n'
        for (l_1_words, l_1_other) in (undefined(name='related') if l_0_related is missing else l_0_related):
            l_1_fact_link = resolve('fact_link')
            _loop_vars = {}
            pass
            yield '  <li><span class="relation">'
            yield escape(t_7(l_1_words))
            yield '</span> '
            yield escape(context.call((undefined(name='fact_link') if l_1_fact_link is missing else l_1_fact_link), l_1_other, _loop_vars=_loop_vars))
            yield '</li>\n'
        l_1_words = l_1_other = l_1_fact_link = missing
        yield '</ul>\n'
    if environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'note'):
        pass
        yield '<h2>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), "Editor's note", _block_vars=_block_vars))
        yield '</h2><p>'
        yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'original'), environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'note'), _block_vars=_block_vars))
        yield '</p>'
    yield '<h2 id="history">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'History', _block_vars=_block_vars))
    yield '</h2>\n'
    if (undefined(name='history') if l_0_history is missing else l_0_history):
        pass
        yield '<ol class="history" reversed>\n'
        for l_1_entry in (undefined(name='history') if l_0_history is missing else l_0_history):
            l_1_change_label = resolve('change_label')
            _loop_vars = {}
            pass
            yield '  <li>'
            yield escape(context.call((undefined(name='when') if l_0_when is missing else l_0_when), environment.getattr(l_1_entry, 'date'), _loop_vars=_loop_vars))
            yield ': <span class="change change--'
            yield escape(environment.getattr(l_1_entry, 'kind'))
            yield '">'
            yield escape(environment.getitem((undefined(name='change_label') if l_1_change_label is missing else l_1_change_label), environment.getattr(l_1_entry, 'kind')))
            yield '</span>'
            if environment.getattr(l_1_entry, 'note'):
                pass
                yield ': '
                yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'original'), environment.getattr(l_1_entry, 'note'), _loop_vars=_loop_vars))
            if environment.getattr(l_1_entry, 'commit'):
                pass
                yield ' <span class="muted">('
                yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'from git, commit <code title="%(subject)s">%(commit)s</code>', commit=environment.getattr(l_1_entry, 'commit'), subject=environment.getattr(l_1_entry, 'subject'), _loop_vars=_loop_vars))
                yield ')</span>'
            yield '</li>\n'
        l_1_entry = l_1_change_label = missing
        yield '</ol>\n<p><a href="'
        yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'CHANGES'), _block_vars=_block_vars))
        yield '">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'All changes to the briefing', _block_vars=_block_vars))
        yield '</a></p>\n'
    else:
        pass
        yield '<p class="muted">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'No dates of addition or change are recorded for this fact.', _block_vars=_block_vars))
        yield '</p>\n'
    yield escape(context.call((undefined(name='footnotes') if l_0_footnotes is missing else l_0_footnotes), (undefined(name='notes') if l_0_notes is missing else l_0_notes), _block_vars=_block_vars))
    yield '\n<p class="permalink">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Permalink:', _block_vars=_block_vars))
    yield ' <a href="'
    yield escape(context.call((undefined(name='url') if l_0_url is missing else l_0_url), (undefined(name='fact') if l_0_fact is missing else l_0_fact), _block_vars=_block_vars))
    yield '">'
    yield escape(environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'id'))
    yield '</a> · '
    l_0__trans = context.call((undefined(name='url') if l_0_url is missing else l_0_url), (undefined(name='topic_route') if l_0_topic_route is missing else l_0_topic_route), markup_join(('fact-', environment.getattr((undefined(name='fact') if l_0_fact is missing else l_0_fact), 'id'), )), _block_vars=_block_vars)
    _block_vars['_trans'] = l_0__trans
    yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'In <a href="%(href)s">%(topic)s</a>', href=(undefined(name='_trans') if l_0__trans is missing else l_0__trans), topic=environment.getattr((undefined(name='topic') if l_0_topic is missing else l_0_topic), 'title'), _block_vars=_block_vars))
    yield '</p>\n'

blocks = {'contents': block_contents, 'main': block_main}
debug_info = '1=13&2=16&3=18&4=39&5=50&6=59&7=140&9=142&10=149&10=166&11=169&12=175&13=186&14=189&15=212&16=215&18=233&19=246&20=269&23=290&25=293&26=303&27=307&28=311&29=316&30=318&30=362&31=365&33=371&34=373&37=388&42=396&43=399&45=401&46=406&50=412&51=420&52=422&54=425&55=430&58=448&60=455&62=457&63=459&63=467'
# briefing precompiled template 8b116c453dec30c5d50da809b6b03e57b77c9976617bf25cfe31863926d1e957
