from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_analysis.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_when = l_0_entity_link = l_0_i18n = l_0_grade_chips = l_0_likelihood = l_0_stance_summary = l_0_single_source_item = l_0_corroboration = l_0_estimate_date = l_0_chart_svg = l_0_chart_legend = l_0_key_figures_strip = l_0_series_block = l_0_series_blocks = l_0_register_tables = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['list']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'list' found.")
    try:
        t_4 = environment.filters['map']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'map' found.")
    try:
        t_5 = environment.filters['markdown']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'markdown' found.")
    try:
        t_6 = environment.filters['quantity']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'quantity' found.")
    try:
        t_7 = environment.filters['selectattr']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'selectattr' found.")
    try:
        t_8 = environment.filters['striptags']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'striptags' found.")
    try:
        t_9 = environment.filters['t']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 't' found.")
    try:
        t_10 = environment.filters['truncate']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'truncate' found.")
    try:
        t_11 = environment.filters['unique']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No filter named 'unique' found.")
    try:
        t_12 = environment.filters['when_text']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No filter named 'when_text' found.")
    try:
        t_13 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_13(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    try:
        t_14 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_14(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    included_template = environment.get_template('_macros.html', '_analysis.html')._get_default_module(context)
    l_0_when = getattr(included_template, 'when', missing)
    if l_0_when is missing:
        l_0_when = undefined(f"the template {included_template.__name__!r} (imported on line 2 in '_analysis.html') does not export the requested name 'when'", name='when')
    l_0_entity_link = getattr(included_template, 'entity_link', missing)
    if l_0_entity_link is missing:
        l_0_entity_link = undefined(f"the template {included_template.__name__!r} (imported on line 2 in '_analysis.html') does not export the requested name 'entity_link'", name='entity_link')
    context.vars.update({'when': l_0_when, 'entity_link': l_0_entity_link})
    context.exported_vars.difference_update(('when', 'entity_link'))
    l_0_i18n = context.vars['i18n'] = environment.get_template('_i18n.html', '_analysis.html')._get_default_module(context)
    context.exported_vars.discard('i18n')
    yield '\n'
    def macro(l_1_standing):
        t_15 = []
        l_1_shown_grades = resolve('shown_grades')
        l_1_flags = resolve('flags')
        if l_1_standing is missing:
            l_1_standing = undefined("parameter 'standing' was not provided", name='standing')
        pass
        l_2_loop = missing
        for (l_2_label, l_2_description), l_2_loop in LoopContext(context.call((undefined(name='shown_grades') if l_1_shown_grades is missing else l_1_shown_grades), l_1_standing, (undefined(name='flags') if l_1_flags is missing else l_1_flags)), undefined):
            _loop_vars = {}
            pass
            t_15.extend((
                '<abbr class="grade" title="',
                escape(l_2_description),
                '">',
                escape(l_2_label),
                '</abbr>',
                escape((' ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 9 in '_analysis.html' evaluated to false and no else section was defined."))),
            ))
        l_2_loop = l_2_label = l_2_description = missing
        return concat(t_15)
    context.exported_vars.add('grade_chips')
    context.vars['grade_chips'] = l_0_grade_chips = Macro(environment, macro, 'grade_chips', ('standing',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_value, l_1_scales):
        t_16 = []
        l_1_term = resolve('term')
        l_1__ = resolve('_')
        l_1_confidence_label = resolve('confidence_label')
        if l_1_value is missing:
            l_1_value = undefined("parameter 'value' was not provided", name='value')
        if l_1_scales is missing:
            l_1_scales = undefined("parameter 'scales' was not provided", name='scales')
        pass
        if (environment.getattr(l_1_value, 'likelihood') or environment.getattr(l_1_value, 'confidence')):
            pass
            t_16.append(
                '<span class="likelihood">',
            )
            if environment.getattr(l_1_value, 'likelihood'):
                pass
                l_1_term = environment.getitem(environment.getattr(l_1_scales, 'likelihood'), environment.getattr(l_1_value, 'likelihood'))
                t_16.extend((
                    '<abbr title="',
                    escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'ICD 203: %(range)s probability', range=environment.getitem((undefined(name='term') if l_1_term is missing else l_1_term), 1))),
                    '">',
                    escape(t_9(environment.getitem((undefined(name='term') if l_1_term is missing else l_1_term), 0))),
                    '</abbr>',
                ))
            else:
                pass
                t_16.append(
                    escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'likelihood ungraded')),
                )
            if environment.getattr(l_1_value, 'confidence'):
                pass
                t_16.extend((
                    ' · ',
                    escape(environment.getitem((undefined(name='confidence_label') if l_1_confidence_label is missing else l_1_confidence_label), environment.getattr(l_1_value, 'confidence'))),
                ))
            else:
                pass
                t_16.extend((
                    ' · ',
                    escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'confidence ungraded')),
                ))
            t_16.append(
                '</span>',
            )
        else:
            pass
            t_16.extend((
                '<span class="likelihood likelihood--none">',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'ungraded')),
                '</span>',
            ))
        return concat(t_16)
    context.exported_vars.add('likelihood')
    context.vars['likelihood'] = l_0_likelihood = Macro(environment, macro, 'likelihood', ('value', 'scales'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_standing):
        t_17 = []
        l_1__ = resolve('_')
        if l_1_standing is missing:
            l_1_standing = undefined("parameter 'standing' was not provided", name='standing')
        pass
        if environment.getattr(l_1_standing, 'asserted_by'):
            pass
            t_17.extend((
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'asserted by')),
                ' ',
            ))
            l_2_loop = missing
            for l_2_actor, l_2_loop in LoopContext(environment.getattr(l_1_standing, 'asserted_by'), undefined):
                _loop_vars = {}
                pass
                t_17.extend((
                    escape(context.call((undefined(name='entity_link') if l_0_entity_link is missing else l_0_entity_link), {'id': l_2_actor}, _loop_vars=_loop_vars)),
                    escape((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 26 in '_analysis.html' evaluated to false and no else section was defined."))),
                ))
            l_2_loop = l_2_actor = missing
        if (environment.getattr(l_1_standing, 'asserted_by') and environment.getattr(l_1_standing, 'denied_by')):
            pass
            t_17.append(
                '; ',
            )
        if environment.getattr(l_1_standing, 'denied_by'):
            pass
            t_17.extend((
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'denied by')),
                ' ',
            ))
            l_2_loop = missing
            for l_2_actor, l_2_loop in LoopContext(environment.getattr(l_1_standing, 'denied_by'), undefined):
                _loop_vars = {}
                pass
                t_17.extend((
                    escape(context.call((undefined(name='entity_link') if l_0_entity_link is missing else l_0_entity_link), {'id': l_2_actor}, _loop_vars=_loop_vars)),
                    escape((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 28 in '_analysis.html' evaluated to false and no else section was defined."))),
                ))
            l_2_loop = l_2_actor = missing
        if environment.getattr(l_1_standing, 'declined_by'):
            pass
            if (environment.getattr(l_1_standing, 'asserted_by') or environment.getattr(l_1_standing, 'denied_by')):
                pass
                t_17.append(
                    '; ',
                )
            t_17.extend((
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'no comment from')),
                ' ',
            ))
            l_2_loop = missing
            for l_2_actor, l_2_loop in LoopContext(environment.getattr(l_1_standing, 'declined_by'), undefined):
                _loop_vars = {}
                pass
                t_17.extend((
                    escape(context.call((undefined(name='entity_link') if l_0_entity_link is missing else l_0_entity_link), {'id': l_2_actor}, _loop_vars=_loop_vars)),
                    escape((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 29 in '_analysis.html' evaluated to false and no else section was defined."))),
                ))
            l_2_loop = l_2_actor = missing
        return concat(t_17)
    context.exported_vars.add('stance_summary')
    context.vars['stance_summary'] = l_0_stance_summary = Macro(environment, macro, 'stance_summary', ('standing',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_fact, l_1_standing):
        t_18 = []
        l_1_url = resolve('url')
        l_1__ = resolve('_')
        l_1_shown_grades = resolve('shown_grades')
        l_1_flags = resolve('flags')
        l_1_origin = missing
        if l_1_fact is missing:
            l_1_fact = undefined("parameter 'fact' was not provided", name='fact')
        if l_1_standing is missing:
            l_1_standing = undefined("parameter 'standing' was not provided", name='standing')
        pass
        t_18.extend((
            '<li id="fact-',
            escape(environment.getattr(l_1_fact, 'id')),
            '"><a href="',
            escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), l_1_fact)),
            '">',
            escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'text'), environment.getattr(l_1_fact, 'claim'), markup_join(('fact:', environment.getattr(l_1_fact, 'id'), )))),
            '</a>\n      <p class="fact-meta">',
        ))
        if environment.getattr(l_1_fact, 'date'):
            pass
            t_18.extend((
                '<span class="fact-date">',
                escape(context.call((undefined(name='when') if l_0_when is missing else l_0_when), environment.getattr(l_1_fact, 'date'))),
                '</span>',
            ))
        t_18.extend((
            '        <span>',
            escape(context.call((undefined(name='stance_summary') if l_0_stance_summary is missing else l_0_stance_summary), l_1_standing)),
            '</span>\n',
        ))
        l_1_origin = environment.getitem(environment.getattr(l_1_standing, 'evidence'), 0)
        t_18.extend((
            '        <span>',
            escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'only in:')),
            ' ',
        ))
        l_2_loop = missing
        for l_2_source_id, l_2_loop in LoopContext(environment.getattr((undefined(name='origin') if l_1_origin is missing else l_1_origin), 'sources'), undefined):
            l_2_briefing = resolve('briefing')
            l_2_source = missing
            _loop_vars = {}
            pass
            l_2_source = environment.getitem(environment.getattr((undefined(name='briefing') if l_2_briefing is missing else l_2_briefing), 'sources'), l_2_source_id)
            _loop_vars['source'] = l_2_source
            t_18.extend((
                '<a href="',
                escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), (undefined(name='source') if l_2_source is missing else l_2_source), _loop_vars=_loop_vars)),
                '">',
            ))
            if environment.getattr((undefined(name='source') if l_2_source is missing else l_2_source), 'publisher'):
                pass
                t_18.append(
                    escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'original'), environment.getattr((undefined(name='source') if l_2_source is missing else l_2_source), 'publisher'), _loop_vars=_loop_vars)),
                )
            else:
                pass
                t_18.extend((
                    '<cite lang="',
                    escape(environment.getattr((undefined(name='source') if l_2_source is missing else l_2_source), 'language')),
                    '">',
                    escape(environment.getattr((undefined(name='source') if l_2_source is missing else l_2_source), 'title')),
                    '</cite>',
                ))
            t_18.extend((
                '</a>',
                escape((', ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 39 in '_analysis.html' evaluated to false and no else section was defined."))),
            ))
        l_2_loop = l_2_source_id = l_2_briefing = l_2_source = missing
        if environment.getattr((undefined(name='origin') if l_1_origin is missing else l_1_origin), 'relayed'):
            pass
            t_18.extend((
                ' ',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), '(all from %(origin)s)', origin=environment.getattr((undefined(name='origin') if l_1_origin is missing else l_1_origin), 'label'))),
            ))
        t_18.append(
            '</span>\n',
        )
        if context.call((undefined(name='shown_grades') if l_1_shown_grades is missing else l_1_shown_grades), l_1_standing, (undefined(name='flags') if l_1_flags is missing else l_1_flags)):
            pass
            t_18.extend((
                '<span>',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'grade')),
                ' ',
                escape(context.call((undefined(name='grade_chips') if l_0_grade_chips is missing else l_0_grade_chips), l_1_standing)),
                '</span>',
            ))
        t_18.append(
            '</p></li>',
        )
        return concat(t_18)
    context.exported_vars.add('single_source_item')
    context.vars['single_source_item'] = l_0_single_source_item = Macro(environment, macro, 'single_source_item', ('fact', 'standing'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_standing):
        t_19 = []
        l_1_ngettext = resolve('ngettext')
        l_1__ = resolve('_')
        if l_1_standing is missing:
            l_1_standing = undefined("parameter 'standing' was not provided", name='standing')
        pass
        t_19.extend((
            escape(context.call((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext), '%(num)d asserting actor', '%(num)d asserting actors', environment.getattr(l_1_standing, 'actors'))),
            ', ',
            escape(context.call((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext), '%(num)d source', '%(num)d sources', t_2(environment.getattr(l_1_standing, 'sources')))),
        ))
        if (environment.getattr(l_1_standing, 'independent_sources') != t_2(environment.getattr(l_1_standing, 'sources'))):
            pass
            t_19.extend((
                ' ',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), '(%(num)d independent)', num=environment.getattr(l_1_standing, 'independent_sources'))),
            ))
        return concat(t_19)
    context.exported_vars.add('corroboration')
    context.vars['corroboration'] = l_0_corroboration = Macro(environment, macro, 'corroboration', ('standing',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_estimate):
        t_20 = []
        l_1__ = resolve('_')
        if l_1_estimate is missing:
            l_1_estimate = undefined("parameter 'estimate' was not provided", name='estimate')
        pass
        if environment.getattr(l_1_estimate, 'date'):
            pass
            t_20.append(
                escape(context.call((undefined(name='when') if l_0_when is missing else l_0_when), environment.getattr(l_1_estimate, 'date'))),
            )
            if (environment.getattr(l_1_estimate, 'dated_by') == 'report'):
                pass
                t_20.extend((
                    ' <span class="muted">',
                    escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), '(reported)')),
                    '</span>',
                ))
            elif (environment.getattr(l_1_estimate, 'dated_by') == 'event'):
                pass
                t_20.extend((
                    ' <span class="muted">',
                    escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), '(date of the event)')),
                    '</span>',
                ))
        else:
            pass
            t_20.extend((
                '<span class="muted">',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'undated')),
                '</span>',
            ))
        return concat(t_20)
    context.exported_vars.add('estimate_date')
    context.vars['estimate_date'] = l_0_estimate_date = Macro(environment, macro, 'estimate_date', ('estimate',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_series, l_1_chart, l_1_sid):
        t_21 = []
        l_1__ = resolve('_')
        l_1_tid = missing
        if l_1_series is missing:
            l_1_series = undefined("parameter 'series' was not provided", name='series')
        if l_1_chart is missing:
            l_1_chart = undefined("parameter 'chart' was not provided", name='chart')
        if l_1_sid is missing:
            l_1_sid = undefined("parameter 'sid' was not provided", name='sid')
        pass
        l_1_tid = markup_join((l_1_sid, '-svg-', environment.getattr(environment.getattr(l_1_chart, 'layout'), 'name'), ))
        t_21.extend((
            '<svg class="chart-svg chart-svg--',
            escape(environment.getattr(environment.getattr(l_1_chart, 'layout'), 'name')),
            '" viewBox="0 0 ',
            escape(environment.getattr(l_1_chart, 'width')),
            ' ',
            escape(environment.getattr(l_1_chart, 'height')),
            '" width="',
            escape(environment.getattr(l_1_chart, 'width')),
            '" height="',
            escape(environment.getattr(l_1_chart, 'height')),
            '" role="img" aria-labelledby="',
            escape((undefined(name='tid') if l_1_tid is missing else l_1_tid)),
            '" style="font-size: ',
            escape(environment.getattr(environment.getattr(l_1_chart, 'layout'), 'font')),
            'px">\n  <title id="',
            escape((undefined(name='tid') if l_1_tid is missing else l_1_tid)),
            '">',
            escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), '%(series)s: estimates by date, labelled by claimant (the table lists them)', series=environment.getattr(l_1_series, 'title'))),
            '</title>\n  <g class="chart-grid">\n',
        ))
        for l_2_tick in environment.getattr(l_1_chart, 'y_ticks'):
            _loop_vars = {}
            pass
            t_21.extend((
                '<line x1="',
                escape(environment.getattr(l_1_chart, 'left')),
                '" x2="',
                escape(environment.getattr(l_1_chart, 'right')),
                '" y1="',
                escape(environment.getattr(l_2_tick, 'at')),
                '" y2="',
                escape(environment.getattr(l_2_tick, 'at')),
                '"/>',
            ))
        l_2_tick = missing
        t_21.extend((
            '  </g>\n  <g class="chart-axis">\n    <line x1="',
            escape(environment.getattr(l_1_chart, 'left')),
            '" x2="',
            escape(environment.getattr(l_1_chart, 'right')),
            '" y1="',
            escape(environment.getattr(l_1_chart, 'bottom')),
            '" y2="',
            escape(environment.getattr(l_1_chart, 'bottom')),
            '"/>\n',
        ))
        for l_2_tick in environment.getattr(l_1_chart, 'y_ticks'):
            _loop_vars = {}
            pass
            t_21.extend((
                '<text x="',
                escape((environment.getattr(l_1_chart, 'left') - 6)),
                '" y="',
                escape((environment.getattr(l_2_tick, 'at') + 4)),
                '" text-anchor="end">',
                escape(environment.getattr(l_2_tick, 'label')),
                '</text>',
            ))
        l_2_tick = missing
        for l_2_tick in environment.getattr(l_1_chart, 'x_ticks'):
            _loop_vars = {}
            pass
            t_21.extend((
                '<line x1="',
                escape(environment.getattr(l_2_tick, 'at')),
                '" x2="',
                escape(environment.getattr(l_2_tick, 'at')),
                '" y1="',
                escape(environment.getattr(l_1_chart, 'bottom')),
                '" y2="',
                escape((environment.getattr(l_1_chart, 'bottom') + 5)),
                '"/><text x="',
                escape(environment.getattr(l_2_tick, 'at')),
                '" y="',
                escape((environment.getattr(l_1_chart, 'bottom') + 20)),
                '" text-anchor="middle">',
                escape(environment.getattr(l_2_tick, 'label')),
                '</text>',
            ))
        l_2_tick = missing
        t_21.extend((
            '    <text class="chart-unit" x="4" y="',
            escape(((environment.getattr(l_1_chart, 'top') - environment.getattr(environment.getattr(l_1_chart, 'layout'), 'font')) - 6)),
            '" text-anchor="start">',
            escape(environment.getattr(l_1_series, 'unit')),
            '</text>\n  </g>\n  <g class="chart-marks">\n',
        ))
        for l_2_mark in environment.getattr(l_1_chart, 'marks'):
            _loop_vars = {}
            pass
            t_21.extend((
                '    <g class="chart-mark chart-mark--',
                escape(environment.getattr(l_2_mark, 'kind')),
            ))
            if environment.getattr(environment.getattr(l_2_mark, 'estimate'), 'projection'):
                pass
                t_21.append(
                    ' chart-mark--projection',
                )
            t_21.extend((
                '"><title>',
                escape(environment.getattr(environment.getattr(l_2_mark, 'estimate'), 'claimant')),
                ', ',
                escape(t_12(environment.getattr(environment.getattr(l_2_mark, 'estimate'), 'date'))),
                ': ',
                escape(t_6(environment.getattr(environment.getattr(environment.getattr(l_2_mark, 'estimate'), 'fact'), 'quantity'))),
                '</title>\n',
            ))
            if (environment.getattr(l_2_mark, 'kind') == 'range'):
                pass
                t_21.extend((
                    '      <line x1="',
                    escape(environment.getattr(l_2_mark, 'x')),
                    '" x2="',
                    escape(environment.getattr(l_2_mark, 'x')),
                    '" y1="',
                    escape(environment.getattr(l_2_mark, 'y')),
                    '" y2="',
                    escape(environment.getattr(l_2_mark, 'y2')),
                    '" class="chart-bar"/>\n      <line x1="',
                    escape((environment.getattr(l_2_mark, 'x') - 6)),
                    '" x2="',
                    escape((environment.getattr(l_2_mark, 'x') + 6)),
                    '" y1="',
                    escape(environment.getattr(l_2_mark, 'y')),
                    '" y2="',
                    escape(environment.getattr(l_2_mark, 'y')),
                    '"/><line x1="',
                    escape((environment.getattr(l_2_mark, 'x') - 6)),
                    '" x2="',
                    escape((environment.getattr(l_2_mark, 'x') + 6)),
                    '" y1="',
                    escape(environment.getattr(l_2_mark, 'y2')),
                    '" y2="',
                    escape(environment.getattr(l_2_mark, 'y2')),
                    '"/>\n',
                ))
            elif (environment.getattr(l_2_mark, 'kind') == 'more'):
                pass
                t_21.extend((
                    '      <line x1="',
                    escape(environment.getattr(l_2_mark, 'x')),
                    '" x2="',
                    escape(environment.getattr(l_2_mark, 'x')),
                    '" y1="',
                    escape(environment.getattr(l_2_mark, 'y')),
                    '" y2="',
                    escape(environment.getattr(l_2_mark, 'y2')),
                    '"/><polyline points="',
                    escape((environment.getattr(l_2_mark, 'x') - 5)),
                    ',',
                    escape((environment.getattr(l_2_mark, 'y2') + 7)),
                    ' ',
                    escape(environment.getattr(l_2_mark, 'x')),
                    ',',
                    escape(environment.getattr(l_2_mark, 'y2')),
                    ' ',
                    escape((environment.getattr(l_2_mark, 'x') + 5)),
                    ',',
                    escape((environment.getattr(l_2_mark, 'y2') + 7)),
                    '"/>\n',
                ))
            elif (environment.getattr(l_2_mark, 'kind') == 'less'):
                pass
                t_21.extend((
                    '      <line x1="',
                    escape(environment.getattr(l_2_mark, 'x')),
                    '" x2="',
                    escape(environment.getattr(l_2_mark, 'x')),
                    '" y1="',
                    escape(environment.getattr(l_2_mark, 'y')),
                    '" y2="',
                    escape(environment.getattr(l_2_mark, 'y2')),
                    '"/><polyline points="',
                    escape((environment.getattr(l_2_mark, 'x') - 5)),
                    ',',
                    escape((environment.getattr(l_2_mark, 'y2') - 7)),
                    ' ',
                    escape(environment.getattr(l_2_mark, 'x')),
                    ',',
                    escape(environment.getattr(l_2_mark, 'y2')),
                    ' ',
                    escape((environment.getattr(l_2_mark, 'x') + 5)),
                    ',',
                    escape((environment.getattr(l_2_mark, 'y2') - 7)),
                    '"/>\n',
                ))
            if (environment.getattr(l_2_mark, 'kind') != 'range'):
                pass
                if environment.getattr(environment.getattr(l_2_mark, 'estimate'), 'projection'):
                    pass
                    t_21.extend((
                        '<rect x="',
                        escape((environment.getattr(l_2_mark, 'x') - 4.5)),
                        '" y="',
                        escape((environment.getattr(l_2_mark, 'y') - 4.5)),
                        '" width="9" height="9" transform="rotate(45 ',
                        escape(environment.getattr(l_2_mark, 'x')),
                        ' ',
                        escape(environment.getattr(l_2_mark, 'y')),
                        ')" class="hollow"/>\n',
                    ))
                else:
                    pass
                    t_21.extend((
                        '<circle cx="',
                        escape(environment.getattr(l_2_mark, 'x')),
                        '" cy="',
                        escape(environment.getattr(l_2_mark, 'y')),
                        '" r="4.5"',
                    ))
                    if environment.getattr(l_2_mark, 'hollow'):
                        pass
                        t_21.append(
                            ' class="hollow"',
                        )
                    t_21.append(
                        '/>',
                    )
            if environment.getattr(l_2_mark, 'label'):
                pass
                t_21.extend((
                    '<text x="',
                    escape(environment.getattr(l_2_mark, 'label_x')),
                    '" y="',
                    escape(environment.getattr(l_2_mark, 'label_y')),
                    '" text-anchor="',
                    escape(environment.getattr(l_2_mark, 'anchor')),
                    '">',
                    escape(environment.getattr(l_2_mark, 'label')),
                    '</text>',
                ))
            t_21.append(
                '    </g>\n',
            )
        l_2_mark = missing
        t_21.append(
            '  </g>\n</svg>',
        )
        return concat(t_21)
    context.exported_vars.add('chart_svg')
    context.vars['chart_svg'] = l_0_chart_svg = Macro(environment, macro, 'chart_svg', ('series', 'chart', 'sid'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro():
        t_22 = []
        l_1__ = resolve('_')
        pass
        t_22.extend((
            '<p class="chart-legend" id="chart-legend"><strong>',
            escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Reading the charts:')),
            '</strong> ',
            escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), "each mark is one claimant's figure, placed at the date the claimant gave it. ● stated figure · ○ approximate (“about”) · ┃ range · ↑ open-ended “more than”, “at least” · ↓ “up to”, “fewer than” · ◇ projection (a figure expected or possible in future, not a count).")),
            '</p>',
        ))
        return concat(t_22)
    context.exported_vars.add('chart_legend')
    context.vars['chart_legend'] = l_0_chart_legend = Macro(environment, macro, 'chart_legend', (), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_figures, l_1_heading, l_1_in_pack, l_1_title, l_1_hid):
        t_23 = []
        l_1__ = resolve('_')
        if l_1_figures is missing:
            l_1_figures = undefined("parameter 'figures' was not provided", name='figures')
        if l_1_heading is missing:
            l_1_heading = 'h2'
        if l_1_in_pack is missing:
            l_1_in_pack = False
        if l_1_title is missing:
            l_1_title = None
        if l_1_hid is missing:
            l_1_hid = 'key-figures'
        pass
        t_23.extend((
            '<section class="key-figures" aria-labelledby="',
            escape(l_1_hid),
            '">\n  <',
            escape(l_1_heading),
            ' id="',
            escape(l_1_hid),
            '">',
            escape((l_1_title or context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Key figures'))),
            '</',
            escape(l_1_heading),
            '>\n  <ul class="figures-strip">\n',
        ))
        l_2_loop = missing
        for l_2_item, l_2_loop in LoopContext(l_1_figures, undefined):
            l_2_url = resolve('url')
            l_2_pack_entries = resolve('pack_entries')
            l_2_routes = resolve('routes')
            _loop_vars = {}
            pass
            t_23.append(
                '    <li class="figure-card"',
            )
            if environment.getattr(l_2_item, 'anchor'):
                pass
                t_23.extend((
                    ' id="',
                    escape(environment.getattr(l_2_item, 'anchor')),
                    '"',
                ))
            t_23.extend((
                '>\n      <span class="figure-number">',
                escape(environment.getattr(l_2_item, 'figure')),
                '</span> <span class="figure-unit">',
                escape(environment.getattr(l_2_item, 'unit')),
                '</span>\n      <span class="figure-who">',
            ))
            l_3_loop = missing
            t_24 = 1
            for l_3_actor, l_3_loop in LoopContext(environment.getattr(l_2_item, 'actors'), undefined):
                _loop_vars = {}
                pass
                t_23.extend((
                    escape(context.call((undefined(name='entity_link') if l_0_entity_link is missing else l_0_entity_link), {'id': l_3_actor}, _loop_vars=_loop_vars)),
                    escape((', ' if (not environment.getattr(l_3_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 103 in '_analysis.html' evaluated to false and no else section was defined."))),
                ))
                t_24 = 0
            l_3_loop = l_3_actor = missing
            if t_24:
                pass
                t_23.extend((
                    '<span class="muted">',
                    escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'nobody asserts it')),
                    '</span>',
                ))
            if environment.getattr(l_2_item, 'date'):
                pass
                t_23.extend((
                    ', ',
                    escape(context.call((undefined(name='when') if l_0_when is missing else l_0_when), environment.getattr(l_2_item, 'date'), _loop_vars=_loop_vars)),
                ))
            t_23.extend((
                '</span>\n      <a class="figure-fact" href="',
                escape((context.call((undefined(name='url') if l_2_url is missing else l_2_url), environment.getitem((undefined(name='pack_entries') if l_2_pack_entries is missing else l_2_pack_entries), environment.getattr(environment.getattr(l_2_item, 'fact'), 'id')), markup_join(('fact-', environment.getattr(environment.getattr(l_2_item, 'fact'), 'id'), )), _loop_vars=_loop_vars) if l_1_in_pack else context.call((undefined(name='url') if l_2_url is missing else l_2_url), environment.getattr(l_2_item, 'fact'), _loop_vars=_loop_vars))),
                '">',
                escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'text'), t_10(environment, environment.getattr(environment.getattr(l_2_item, 'fact'), 'claim'), 80), markup_join(('fact:', environment.getattr(environment.getattr(l_2_item, 'fact'), 'id'), )), _loop_vars=_loop_vars)),
                '</a>\n',
            ))
            if (environment.getattr(l_2_item, 'series') and (not l_1_in_pack)):
                pass
                t_23.extend((
                    '<a class="figure-csv" href="',
                    escape(context.call((undefined(name='url') if l_2_url is missing else l_2_url), context.call(environment.getattr((undefined(name='routes') if l_2_routes is missing else l_2_routes), 'series_csv'), environment.getattr(l_2_item, 'series'), _loop_vars=_loop_vars), _loop_vars=_loop_vars)),
                    '" type="text/csv" download>',
                    escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'CSV', _loop_vars=_loop_vars)),
                    '<span class="visually-hidden"> ',
                    escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'of this figure', _loop_vars=_loop_vars)),
                    '</span></a>',
                ))
            t_23.append(
                '    </li>\n',
            )
        l_2_loop = l_2_item = l_2_url = l_2_pack_entries = l_2_routes = missing
        t_23.append(
            '  </ul>\n</section>',
        )
        return concat(t_23)
    context.exported_vars.add('key_figures_strip')
    context.vars['key_figures_strip'] = l_0_key_figures_strip = Macro(environment, macro, 'key_figures_strip', ('figures', 'heading', 'in_pack', 'title', 'hid'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_series, l_1_heading, l_1_link_all, l_1_in_pack):
        t_25 = []
        l_1_ngettext = resolve('ngettext')
        l_1_url = resolve('url')
        l_1_routes = resolve('routes')
        l_1__ = resolve('_')
        l_1_gettext = resolve('gettext')
        l_1_site = resolve('site')
        l_1_last_updated = resolve('last_updated')
        l_1_sid = l_1_claimants = missing
        if l_1_series is missing:
            l_1_series = undefined("parameter 'series' was not provided", name='series')
        if l_1_heading is missing:
            l_1_heading = 'h2'
        if l_1_link_all is missing:
            l_1_link_all = True
        if l_1_in_pack is missing:
            l_1_in_pack = False
        pass
        l_1_sid = markup_join(('series-', environment.getattr(l_1_series, 'id'), ))
        t_25.extend((
            '<section class="series" id="',
            escape((undefined(name='sid') if l_1_sid is missing else l_1_sid)),
            '" aria-labelledby="',
            escape((undefined(name='sid') if l_1_sid is missing else l_1_sid)),
            '-title" data-series>\n  <',
            escape(l_1_heading),
            ' id="',
            escape((undefined(name='sid') if l_1_sid is missing else l_1_sid)),
            '-title">',
            escape(environment.getattr(l_1_series, 'title')),
            '</',
            escape(l_1_heading),
            '>\n',
        ))
        l_1_claimants = t_2(t_3(context.eval_ctx, t_11(environment, t_4(context, environment.getattr(l_1_series, 'estimates'), attribute='claimant'))))
        t_25.extend((
            '  <p class="series-meta">',
            escape(context.call((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext), '%(num)d estimate of %(unit)s', '%(num)d estimates of %(unit)s', t_2(environment.getattr(l_1_series, 'estimates')), unit=environment.getattr(l_1_series, 'unit'))),
            ' ',
            escape(context.call((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext), 'by %(num)d claimant', 'by %(num)d claimants', (undefined(name='claimants') if l_1_claimants is missing else l_1_claimants))),
        ))
        if l_1_link_all:
            pass
            t_25.extend((
                ' · <a href="',
                escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), environment.getattr((undefined(name='routes') if l_1_routes is missing else l_1_routes), 'NUMBERS'), (undefined(name='sid') if l_1_sid is missing else l_1_sid))),
                '">',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'all estimate series')),
                '</a>',
            ))
        t_25.append(
            '</p>\n  <figure class="chart" data-view="chart">\n',
        )
        for l_2_chart in environment.getattr(l_1_series, 'charts'):
            _loop_vars = {}
            pass
            t_25.append(
                escape(context.call((undefined(name='chart_svg') if l_0_chart_svg is missing else l_0_chart_svg), l_1_series, l_2_chart, (undefined(name='sid') if l_1_sid is missing else l_1_sid), _loop_vars=_loop_vars)),
            )
        l_2_chart = missing
        t_25.append(
            '    <figcaption class="chart-caption">',
        )
        if environment.getattr(environment.getattr(l_1_series, 'chart'), 'claimant'):
            pass
            t_25.append(
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), "%(series)s, by date of estimate; every figure is %(claimant)s's, labelled by its value.", series=environment.getattr(l_1_series, 'title'), claimant=environment.getattr(environment.getattr(l_1_series, 'chart'), 'claimant'))),
            )
        else:
            pass
            t_25.append(
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), '%(series)s, by date of estimate.', series=environment.getattr(l_1_series, 'title'))),
            )
        t_25.extend((
            ' <a href="#chart-legend">',
            escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Key to the marks')),
            '</a>.</figcaption>\n  </figure>\n  <div class="table-scroll series-table" data-view="table" role="region" aria-labelledby="',
            escape((undefined(name='sid') if l_1_sid is missing else l_1_sid)),
            '-caption" tabindex="0">\n  <table class="data estimates-table reflow">\n    <caption id="',
            escape((undefined(name='sid') if l_1_sid is missing else l_1_sid)),
            '-caption">',
            escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), '%(series)s: every estimate, oldest first', series=environment.getattr(l_1_series, 'title'))),
            '</caption>\n    <thead><tr><th scope="col">',
            escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Date of estimate')),
            '</th><th scope="col">',
            escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Estimate')),
            '</th><th scope="col">',
            escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Claimed by')),
            '</th><th scope="col">',
            escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Period covered')),
            '</th><th scope="col">',
            escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Fact')),
            '</th></tr></thead>\n    <tbody>\n',
        ))
        for l_2_estimate in environment.getattr(l_1_series, 'estimates'):
            l_2_pack_entries = resolve('pack_entries')
            _loop_vars = {}
            pass
            t_25.extend((
                '      <tr><td data-label="',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Date of estimate', _loop_vars=_loop_vars)),
                '">',
                escape(context.call((undefined(name='estimate_date') if l_0_estimate_date is missing else l_0_estimate_date), l_2_estimate, _loop_vars=_loop_vars)),
                '</td><td data-label="',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Estimate', _loop_vars=_loop_vars)),
                '">',
                escape(t_6(environment.getattr(environment.getattr(l_2_estimate, 'fact'), 'quantity'))),
                '</td><td data-label="',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Claimed by', _loop_vars=_loop_vars)),
                '">',
                escape(context.call((undefined(name='entity_link') if l_0_entity_link is missing else l_0_entity_link), {'id': environment.getattr(l_2_estimate, 'actor')}, _loop_vars=_loop_vars)),
                '</td><td data-label="',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Period covered', _loop_vars=_loop_vars)),
                '">',
                escape((context.call((undefined(name='when') if l_0_when is missing else l_0_when), environment.getattr(environment.getattr(l_2_estimate, 'fact'), 'date'), _loop_vars=_loop_vars) if environment.getattr(environment.getattr(l_2_estimate, 'fact'), 'date') else '—')),
                '</td><td data-label="',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Fact', _loop_vars=_loop_vars)),
                '"><a href="',
                escape((context.call((undefined(name='url') if l_1_url is missing else l_1_url), environment.getitem((undefined(name='pack_entries') if l_2_pack_entries is missing else l_2_pack_entries), environment.getattr(environment.getattr(l_2_estimate, 'fact'), 'id')), markup_join(('fact-', environment.getattr(environment.getattr(l_2_estimate, 'fact'), 'id'), )), _loop_vars=_loop_vars) if l_1_in_pack else context.call((undefined(name='url') if l_1_url is missing else l_1_url), environment.getattr(l_2_estimate, 'fact'), _loop_vars=_loop_vars))),
                '">',
                escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'text'), t_10(environment, environment.getattr(environment.getattr(l_2_estimate, 'fact'), 'claim'), 90), markup_join(('fact:', environment.getattr(environment.getattr(l_2_estimate, 'fact'), 'id'), )), _loop_vars=_loop_vars)),
                '</a></td></tr>\n',
            ))
        l_2_estimate = l_2_pack_entries = missing
        t_25.append(
            '    </tbody>\n  </table>\n  </div>\n',
        )
        if (not l_1_in_pack):
            pass
            t_25.extend((
                '  <p class="figure-tools"><a href="',
                escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), context.call(environment.getattr((undefined(name='routes') if l_1_routes is missing else l_1_routes), 'series_csv'), environment.getattr(l_1_series, 'id')))),
                '" type="text/csv" download>',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Download the data (CSV)')),
                '</a> · <a class="permalink" href="',
                escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), environment.getattr((undefined(name='routes') if l_1_routes is missing else l_1_routes), 'NUMBERS'), (undefined(name='sid') if l_1_sid is missing else l_1_sid))),
                '">',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Permalink')),
                '</a></p>\n  <details class="cite-figure"><summary>',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Cite this figure')),
                '</summary>\n    <p>',
            ))
            t_25.append(
                escape(context.call((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext), '“%(series)s”, in <cite>%(site)s</cite>', series=environment.getattr(l_1_series, 'title'), site=environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 'title'))),
            )
            if (t_13((undefined(name='last_updated') if l_1_last_updated is missing else l_1_last_updated)) and (undefined(name='last_updated') if l_1_last_updated is missing else l_1_last_updated)):
                pass
                t_25.extend((
                    ', ',
                    escape((undefined(name='last_updated') if l_1_last_updated is missing else l_1_last_updated)),
                ))
            t_25.extend((
                '. ',
                escape((markup_join((context.call(environment.getattr((undefined(name='routes') if l_1_routes is missing else l_1_routes), 'absolute_url'), environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 'base_url'), environment.getattr((undefined(name='routes') if l_1_routes is missing else l_1_routes), 'NUMBERS')), '#', (undefined(name='sid') if l_1_sid is missing else l_1_sid), )) if environment.getattr((undefined(name='site') if l_1_site is missing else l_1_site), 'base_url') else markup_join((environment.getattr((undefined(name='routes') if l_1_routes is missing else l_1_routes), 'NUMBERS'), '#', (undefined(name='sid') if l_1_sid is missing else l_1_sid), )))),
                '. ',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Figures as claimed by the named actors; see each fact for the quoted sources.')),
                '</p>\n  </details>\n',
            ))
        t_25.append(
            '</section>',
        )
        return concat(t_25)
    context.exported_vars.add('series_block')
    context.vars['series_block'] = l_0_series_block = Macro(environment, macro, 'series_block', ('series', 'heading', 'link_all', 'in_pack'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_series, l_1_heading, l_1_link_all, l_1_in_pack, l_1_figures, l_1_figures_heading):
        t_26 = []
        l_1_url = resolve('url')
        l_1_routes = resolve('routes')
        l_1_charted = missing
        if l_1_series is missing:
            l_1_series = undefined("parameter 'series' was not provided", name='series')
        if l_1_heading is missing:
            l_1_heading = 'h2'
        if l_1_link_all is missing:
            l_1_link_all = True
        if l_1_in_pack is missing:
            l_1_in_pack = False
        if l_1_figures is missing:
            l_1_figures = []
        if l_1_figures_heading is missing:
            l_1_figures_heading = None
        pass
        l_1_charted = t_3(context.eval_ctx, t_7(context, l_1_series, 'chart'))
        if l_1_figures:
            pass
            t_26.append(
                escape(context.call((undefined(name='key_figures_strip') if l_0_key_figures_strip is missing else l_0_key_figures_strip), l_1_figures, (l_1_figures_heading or l_1_heading), l_1_in_pack)),
            )
        if (undefined(name='charted') if l_1_charted is missing else l_1_charted):
            pass
            t_26.extend((
                escape(context.call((undefined(name='chart_legend') if l_0_chart_legend is missing else l_0_chart_legend))),
                '\n',
            ))
            for l_2_s in (undefined(name='charted') if l_1_charted is missing else l_1_charted):
                _loop_vars = {}
                pass
                t_26.append(
                    escape(context.call((undefined(name='series_block') if l_0_series_block is missing else l_0_series_block), l_2_s, l_1_heading, l_1_link_all, l_1_in_pack, _loop_vars=_loop_vars)),
                )
            l_2_s = missing
            if (not l_1_in_pack):
                pass
                t_26.extend((
                    '<script src="',
                    escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), environment.getattr((undefined(name='routes') if l_1_routes is missing else l_1_routes), 'VIEWS_SCRIPT'))),
                    '" defer></script>',
                ))
        return concat(t_26)
    context.exported_vars.add('series_blocks')
    context.vars['series_blocks'] = l_0_series_blocks = Macro(environment, macro, 'series_blocks', ('series', 'heading', 'link_all', 'in_pack', 'figures', 'figures_heading'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_groups, l_1_heading, l_1_in_pack):
        t_27 = []
        if l_1_groups is missing:
            l_1_groups = undefined("parameter 'groups' was not provided", name='groups')
        if l_1_heading is missing:
            l_1_heading = 'h2'
        if l_1_in_pack is missing:
            l_1_in_pack = False
        pass
        l_2_loop = missing
        for l_2_group, l_2_loop in LoopContext(l_1_groups, undefined):
            l_2__ = resolve('_')
            l_2_ngettext = resolve('ngettext')
            l_2_gid = missing
            _loop_vars = {}
            pass
            l_2_gid = environment.getattr(l_2_group, 'anchor')
            _loop_vars['gid'] = l_2_gid
            t_27.extend((
                '<section class="register-group" id="',
                escape((undefined(name='gid') if l_2_gid is missing else l_2_gid)),
                '">\n  <',
                escape(l_1_heading),
                ' id="',
                escape((undefined(name='gid') if l_2_gid is missing else l_2_gid)),
                '-title">',
                escape((context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'name'), environment.getattr(l_2_group, 'supplier'), _loop_vars=_loop_vars) if environment.getattr(l_2_group, 'supplier') else context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Unknown supplier', _loop_vars=_loop_vars))),
                ' → ',
                escape((context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'name'), environment.getattr(l_2_group, 'recipient'), _loop_vars=_loop_vars) if environment.getattr(l_2_group, 'recipient') else context.call((undefined(name='_') if l_2__ is missing else l_2__), 'unknown recipient', _loop_vars=_loop_vars))),
                '</',
                escape(l_1_heading),
                '>\n  <div class="table-scroll" role="region" aria-labelledby="',
                escape((undefined(name='gid') if l_2_gid is missing else l_2_gid)),
                '-title" tabindex="0">\n  <table class="data register reflow"',
            ))
            if (not l_1_in_pack):
                pass
                t_27.append(
                    ' data-sortable',
                )
            t_27.extend((
                '>\n    <caption>',
                escape(context.call((undefined(name='ngettext') if l_2_ngettext is missing else l_2_ngettext), '%(num)d reported transfer', '%(num)d reported transfers', t_2(environment.getattr(l_2_group, 'rows')), _loop_vars=_loop_vars)),
            ))
            if (not l_1_in_pack):
                pass
                t_27.extend((
                    '<span class="sort-hint"> ',
                    escape(context.call((undefined(name='_') if l_2__ is missing else l_2__), '(select a column heading to sort)', _loop_vars=_loop_vars)),
                    '</span>',
                ))
            t_27.extend((
                '</caption>\n    <thead><tr><th scope="col">',
                escape(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Item', _loop_vars=_loop_vars)),
                '</th><th scope="col">',
                escape(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Description', _loop_vars=_loop_vars)),
                '</th><th scope="col">',
                escape(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Quantity', _loop_vars=_loop_vars)),
                '</th><th scope="col">',
                escape(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Period', _loop_vars=_loop_vars)),
                '</th><th scope="col">',
                escape(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Delivery', _loop_vars=_loop_vars)),
                '</th><th scope="col">',
                escape(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Claimed by', _loop_vars=_loop_vars)),
                '</th><th scope="col">',
                escape(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Stance', _loop_vars=_loop_vars)),
                '</th>',
            ))
            if (not l_1_in_pack):
                pass
                t_27.extend((
                    '<th scope="col">',
                    escape(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Fact', _loop_vars=_loop_vars)),
                    '</th>',
                ))
            t_27.append(
                '</tr></thead>\n    <tbody>\n',
            )
            l_3_loop = missing
            for l_3_row, l_3_loop in LoopContext(environment.getattr(l_2_group, 'rows'), undefined):
                l_3_url = resolve('url')
                l_3_fallback = resolve('fallback')
                l_3_original = resolve('original')
                l_3_status_label = resolve('status_label')
                l_3_pack_entries = resolve('pack_entries')
                l_3__trans = resolve('_trans')
                l_3_gettext = resolve('gettext')
                l_3_fact_numbers = resolve('fact_numbers')
                _loop_vars = {}
                pass
                t_27.extend((
                    '      <tr id="transfer-',
                    escape(environment.getattr(environment.getattr(l_3_row, 'fact'), 'id')),
                    '">\n        <th scope="row">',
                ))
                if environment.getattr(l_3_row, 'item'):
                    pass
                    if l_1_in_pack:
                        pass
                        t_27.append(
                            escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'name'), environment.getattr(l_3_row, 'item'), 'name', _loop_vars=_loop_vars)),
                        )
                    else:
                        pass
                        t_27.extend((
                            '<a href="',
                            escape(context.call((undefined(name='url') if l_3_url is missing else l_3_url), environment.getattr(l_3_row, 'item'), _loop_vars=_loop_vars)),
                            '">',
                            escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'name'), environment.getattr(l_3_row, 'item'), 'name', _loop_vars=_loop_vars)),
                            '</a>',
                        ))
                    if environment.getattr(environment.getattr(l_3_row, 'item'), 'aliases'):
                        pass
                        t_27.extend((
                            '<br><span class="aliases">',
                            escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'original'), t_1(context.eval_ctx, environment.getattr(environment.getattr(l_3_row, 'item'), 'aliases'), ', '), _loop_vars=_loop_vars)),
                            '</span>',
                        ))
                else:
                    pass
                    t_27.append(
                        escape(environment.getattr(environment.getattr(environment.getattr(environment.getattr(l_3_row, 'fact'), 'transfer'), 'item'), 'id')),
                    )
                t_27.extend((
                    '</th>\n        <td data-label="',
                    escape(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Description', _loop_vars=_loop_vars)),
                    '">',
                ))
                if (environment.getattr(l_3_row, 'item') and environment.getattr(environment.getattr(l_3_row, 'item'), 'description')):
                    pass
                    l_3_original = context.call((undefined(name='fallback') if l_3_fallback is missing else l_3_fallback), markup_join(('entity:', environment.getattr(environment.getattr(l_3_row, 'item'), 'id'), ':description', )), _loop_vars=_loop_vars)
                    _loop_vars['original'] = l_3_original
                    if (undefined(name='original') if l_3_original is missing else l_3_original):
                        pass
                        t_27.extend((
                            '<span lang="',
                            escape((undefined(name='original') if l_3_original is missing else l_3_original)),
                            '">',
                        ))
                    t_27.append(
                        escape(t_10(environment, t_8(t_5(context, environment.getattr(environment.getattr(l_3_row, 'item'), 'description'))), 160)),
                    )
                    if (undefined(name='original') if l_3_original is missing else l_3_original):
                        pass
                        t_27.append(
                            '</span>',
                        )
                else:
                    pass
                    t_27.append(
                        '<span class="muted">—</span>',
                    )
                t_27.extend((
                    '</td>\n        <td data-label="',
                    escape(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Quantity', _loop_vars=_loop_vars)),
                    '" data-sort="',
                    escape((environment.getattr(environment.getattr(environment.getattr(l_3_row, 'fact'), 'quantity'), 'low') if (environment.getattr(environment.getattr(l_3_row, 'fact'), 'quantity') and (not t_14(environment.getattr(environment.getattr(environment.getattr(l_3_row, 'fact'), 'quantity'), 'low')))) else (environment.getattr(environment.getattr(environment.getattr(l_3_row, 'fact'), 'quantity'), 'high') if environment.getattr(environment.getattr(l_3_row, 'fact'), 'quantity') else -1))),
                    '">',
                ))
                if environment.getattr(environment.getattr(l_3_row, 'fact'), 'quantity'):
                    pass
                    t_27.append(
                        escape(t_6(environment.getattr(environment.getattr(l_3_row, 'fact'), 'quantity'))),
                    )
                    if environment.getattr(l_3_row, 'estimated'):
                        pass
                        t_27.extend((
                            ' <span class="badge badge--estimate">',
                            escape(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'estimate', _loop_vars=_loop_vars)),
                            '</span>',
                        ))
                else:
                    pass
                    t_27.extend((
                        '<span class="unknown">',
                        escape(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'unknown', _loop_vars=_loop_vars)),
                        '</span>',
                    ))
                t_27.extend((
                    '</td>\n        <td data-label="',
                    escape(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Period', _loop_vars=_loop_vars)),
                    '" data-sort="',
                    escape((('%04d-%02d-%02d-%d' % context.call(environment.getattr(environment.getattr(environment.getattr(l_3_row, 'fact'), 'date'), 'sort_key'), _loop_vars=_loop_vars)) if environment.getattr(environment.getattr(l_3_row, 'fact'), 'date') else '9999')),
                    '">',
                    escape((context.call((undefined(name='when') if l_0_when is missing else l_0_when), environment.getattr(environment.getattr(l_3_row, 'fact'), 'date'), _loop_vars=_loop_vars) if environment.getattr(environment.getattr(l_3_row, 'fact'), 'date') else '—')),
                    '</td>\n        <td data-label="',
                    escape(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Delivery', _loop_vars=_loop_vars)),
                    '">',
                ))
                if environment.getattr(l_3_row, 'delivery'):
                    pass
                    t_27.append(
                        escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'text_only'), environment.getattr(l_3_row, 'delivery'), markup_join(('fact:', environment.getattr(environment.getattr(l_3_row, 'fact'), 'id'), ':delivery', )), _loop_vars=_loop_vars)),
                    )
                else:
                    pass
                    t_27.append(
                        '—',
                    )
                t_27.extend((
                    '</td>\n        <td data-label="',
                    escape(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Claimed by', _loop_vars=_loop_vars)),
                    '">',
                ))
                l_4_loop = missing
                t_28 = 1
                for l_4_actor, l_4_loop in LoopContext(environment.getattr(environment.getattr(l_3_row, 'standing'), 'asserted_by'), undefined):
                    _loop_vars = {}
                    pass
                    t_27.extend((
                        escape(context.call((undefined(name='entity_link') if l_0_entity_link is missing else l_0_entity_link), {'id': l_4_actor}, _loop_vars=_loop_vars)),
                        escape((', ' if (not environment.getattr(l_4_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 175 in '_analysis.html' evaluated to false and no else section was defined."))),
                    ))
                    t_28 = 0
                l_4_loop = l_4_actor = missing
                if t_28:
                    pass
                    t_27.extend((
                        '<span class="muted">',
                        escape(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'nobody')),
                        '</span>',
                    ))
                t_27.extend((
                    '</td>\n        <td data-label="',
                    escape(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Stance', _loop_vars=_loop_vars)),
                    '"><span class="status status--',
                    escape(environment.getattr(environment.getattr(l_3_row, 'standing'), 'status')),
                    '">',
                    escape(environment.getitem((undefined(name='status_label') if l_3_status_label is missing else l_3_status_label), environment.getattr(environment.getattr(l_3_row, 'standing'), 'status'))),
                    '</span>',
                ))
                if environment.getattr(environment.getattr(l_3_row, 'standing'), 'denied_by'):
                    pass
                    t_27.extend((
                        ': ',
                        escape(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'denied by', _loop_vars=_loop_vars)),
                        ' ',
                    ))
                    l_4_loop = missing
                    for l_4_actor, l_4_loop in LoopContext(environment.getattr(environment.getattr(l_3_row, 'standing'), 'denied_by'), undefined):
                        _loop_vars = {}
                        pass
                        t_27.extend((
                            escape(context.call((undefined(name='entity_link') if l_0_entity_link is missing else l_0_entity_link), {'id': l_4_actor}, _loop_vars=_loop_vars)),
                            escape((', ' if (not environment.getattr(l_4_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 176 in '_analysis.html' evaluated to false and no else section was defined."))),
                        ))
                    l_4_loop = l_4_actor = missing
                if environment.getattr(environment.getattr(l_3_row, 'standing'), 'single_source'):
                    pass
                    t_27.extend((
                        '; ',
                        escape(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'single source', _loop_vars=_loop_vars)),
                    ))
                if l_1_in_pack:
                    pass
                    t_27.append(
                        ' (',
                    )
                    l_3__trans = context.call((undefined(name='url') if l_3_url is missing else l_3_url), environment.getitem((undefined(name='pack_entries') if l_3_pack_entries is missing else l_3_pack_entries), environment.getattr(environment.getattr(l_3_row, 'fact'), 'id')), markup_join(('fact-', environment.getattr(environment.getattr(l_3_row, 'fact'), 'id'), )), _loop_vars=_loop_vars)
                    _loop_vars['_trans'] = l_3__trans
                    t_27.append(
                        escape(context.call((undefined(name='gettext') if l_3_gettext is missing else l_3_gettext), 'see <a href="%(href)s">fact %(number)s</a>', href=(undefined(name='_trans') if l_3__trans is missing else l_3__trans), number=environment.getitem((undefined(name='fact_numbers') if l_3_fact_numbers is missing else l_3_fact_numbers), environment.getattr(environment.getattr(l_3_row, 'fact'), 'id')), _loop_vars=_loop_vars)),
                    )
                    t_27.append(
                        ')',
                    )
                t_27.append(
                    '</td>\n',
                )
                if (not l_1_in_pack):
                    pass
                    t_27.extend((
                        '<td data-label="',
                        escape(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'Fact', _loop_vars=_loop_vars)),
                        '"><a href="',
                        escape(context.call((undefined(name='url') if l_3_url is missing else l_3_url), environment.getattr(l_3_row, 'fact'), _loop_vars=_loop_vars)),
                        '">',
                        escape(context.call((undefined(name='_') if l_2__ is missing else l_2__), 'details', _loop_vars=_loop_vars)),
                        '<span class="visually-hidden">: ',
                        escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'text'), environment.getattr(environment.getattr(l_3_row, 'fact'), 'claim'), markup_join(('fact:', environment.getattr(environment.getattr(l_3_row, 'fact'), 'id'), )), _loop_vars=_loop_vars)),
                        '</span></a></td>',
                    ))
                t_27.append(
                    '      </tr>\n',
                )
            l_3_loop = l_3_row = l_3_url = l_3_fallback = l_3_original = l_3_status_label = l_3_pack_entries = l_3__trans = l_3_gettext = l_3_fact_numbers = missing
            t_27.append(
                '    </tbody>\n  </table>\n  </div>\n</section>\n',
            )
        l_2_loop = l_2_group = l_2_gid = l_2__ = l_2_ngettext = missing
        return concat(t_27)
    context.exported_vars.add('register_tables')
    context.vars['register_tables'] = l_0_register_tables = Macro(environment, macro, 'register_tables', ('groups', 'heading', 'in_pack'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=96&3=105&7=108&8=116&9=121&14=132&15=142&17=147&18=162&20=181&25=188&26=194&27=209&28=214&29=229&34=252&35=266&36=273&37=282&38=285&39=288&40=332&44=348&45=356&46=360&49=370&50=376&51=399&55=406&56=417&57=420&58=434&60=439&63=456&64=465&65=478&66=501&69=506&70=511&71=527&72=531&73=539&74=556&75=560&76=581&77=585&79=606&80=608&81=625&83=638&91=662&92=668&96=677&97=693&98=695&100=705&101=714&102=723&103=730&104=754&105=759&114=781&115=800&116=803&117=807&118=816&119=819&121=835&122=845&124=859&126=861&127=865&129=876&130=882&135=909&136=913&137=921&138=925&146=947&147=965&148=966&149=971&150=974&151=977&152=984&158=995&159=1005&160=1011&161=1015&162=1017&163=1027&164=1030&165=1037&166=1048&168=1074&169=1087&170=1090&171=1120&172=1149&173=1175&174=1181&175=1196&176=1219&176=1256&177=1264'
# briefing precompiled template 43079f25cb0096400e8ab2b2bc7b843978f3f43e93e1a5cc8880a121eecb7e81
