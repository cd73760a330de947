from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_macros.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_helpers = resolve('helpers')
    l_0_i18n = l_0_when = l_0_entity_link = l_0_badges = l_0_source_line = l_0_fact_item = l_0_footnotes = l_0_footnote_item = l_0_fact_link = l_0_timeline_entry = missing
    try:
        t_1 = environment.filters['distinct']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'distinct' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['quantity']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'quantity' found.")
    try:
        t_4 = environment.filters['t']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 't' found.")
    pass
    l_0_i18n = context.vars['i18n'] = environment.get_template('_i18n.html', '_macros.html')._get_default_module(context)
    context.exported_vars.discard('i18n')
    l_0_when = environment.getattr((undefined(name='helpers') if l_0_helpers is missing else l_0_helpers), 'when')
    context.vars['when'] = l_0_when
    context.exported_vars.add('when')
    l_0_entity_link = environment.getattr((undefined(name='helpers') if l_0_helpers is missing else l_0_helpers), 'entity_link')
    context.vars['entity_link'] = l_0_entity_link
    context.exported_vars.add('entity_link')
    yield '\n'
    def macro(l_1_standing, l_1_fact):
        t_5 = []
        l_1_url = resolve('url')
        l_1_routes = resolve('routes')
        l_1__ = resolve('_')
        l_1_flags = resolve('flags')
        l_1_ngettext = resolve('ngettext')
        if l_1_standing is missing:
            l_1_standing = undefined("parameter 'standing' was not provided", name='standing')
        if l_1_fact is missing:
            l_1_fact = None
        pass
        if environment.getattr(l_1_standing, 'disputed'):
            pass
            t_5.append(
                ' ',
            )
            if l_1_fact:
                pass
                t_5.extend((
                    '<a class="badge badge--disputed" href="',
                    escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), environment.getattr((undefined(name='routes') if l_1_routes is missing else l_1_routes), 'DISPUTED'), markup_join(('fact-', environment.getattr(l_1_fact, 'id'), )))),
                    '">',
                    escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Disputed')),
                    '</a>',
                ))
            else:
                pass
                t_5.extend((
                    '<span class="badge badge--disputed">',
                    escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Disputed')),
                    '</span>',
                ))
        if (environment.getattr(l_1_standing, 'status') == 'denied'):
            pass
            t_5.extend((
                ' <span class="badge badge--disputed">',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Denied')),
                '</span>',
            ))
        if ((environment.getattr((undefined(name='flags') if l_1_flags is missing else l_1_flags), 'badge') == 'single') and environment.getattr(l_1_standing, 'single_source')):
            pass
            t_5.append(
                ' ',
            )
            if l_1_fact:
                pass
                t_5.extend((
                    '<a class="badge badge--single" href="',
                    escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), environment.getattr((undefined(name='routes') if l_1_routes is missing else l_1_routes), 'SINGLE_SOURCE'), markup_join(('fact-', environment.getattr(l_1_fact, 'id'), )))),
                    '">',
                    escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Single source')),
                    '</a>',
                ))
            else:
                pass
                t_5.extend((
                    '<span class="badge badge--single">',
                    escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Single source')),
                    '</span>',
                ))
        if ((environment.getattr((undefined(name='flags') if l_1_flags is missing else l_1_flags), 'badge') == 'corroborated') and (environment.getattr(l_1_standing, 'independent_sources') > 1)):
            pass
            t_5.extend((
                ' <span class="badge badge--corroborated">',
                escape(context.call((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext), '%(num)d independent source', '%(num)d independent sources', environment.getattr(l_1_standing, 'independent_sources'))),
                '</span>',
            ))
        return concat(t_5)
    context.exported_vars.add('badges')
    context.vars['badges'] = l_0_badges = Macro(environment, macro, 'badges', ('standing', 'fact'), False, False, False, context.eval_ctx.autoescape)
    l_0_source_line = environment.getattr((undefined(name='helpers') if l_0_helpers is missing else l_0_helpers), 'source_line')
    context.vars['source_line'] = l_0_source_line
    context.exported_vars.add('source_line')
    yield '\n'
    def macro(l_1_view, l_1_heading, l_1_show_topic):
        t_6 = []
        l_1_url = resolve('url')
        l_1_briefing = resolve('briefing')
        l_1_shown_grades = resolve('shown_grades')
        l_1_flags = resolve('flags')
        l_1__ = resolve('_')
        l_1_fact = l_1_grades = missing
        if l_1_view is missing:
            l_1_view = undefined("parameter 'view' was not provided", name='view')
        if l_1_heading is missing:
            l_1_heading = 'h3'
        if l_1_show_topic is missing:
            l_1_show_topic = False
        pass
        l_1_fact = environment.getattr(l_1_view, 'fact')
        t_6.extend((
            '<article class="fact fact--',
            escape(environment.getattr(environment.getattr(l_1_view, 'standing'), 'status')),
            '" id="fact-',
            escape(environment.getattr((undefined(name='fact') if l_1_fact is missing else l_1_fact), 'id')),
            '" data-stances="',
            escape(t_1(environment, environment.getattr((undefined(name='fact') if l_1_fact is missing else l_1_fact), 'positions'), 'stance')),
            '" data-actors="',
            escape(t_1(environment, environment.getattr((undefined(name='fact') if l_1_fact is missing else l_1_fact), 'positions'), 'actor.id')),
            '" data-sources="',
            escape(('single' if environment.getattr(environment.getattr(l_1_view, 'standing'), 'single_source') else 'corroborated')),
            escape((' disputed' if environment.getattr(environment.getattr(l_1_view, 'standing'), 'disputed') else cond_expr_undefined("the inline if-expression on line 24 in '_macros.html' evaluated to false and no else section was defined."))),
            '">\n  <',
            escape(l_1_heading),
            ' class="fact-claim"><a href="',
            escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), (undefined(name='fact') if l_1_fact is missing else l_1_fact))),
            '">',
            escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'text'), environment.getattr((undefined(name='fact') if l_1_fact is missing else l_1_fact), 'claim'), markup_join(('fact:', environment.getattr((undefined(name='fact') if l_1_fact is missing else l_1_fact), 'id'), )))),
            '</a></',
            escape(l_1_heading),
            '>\n  <p class="fact-meta">',
        ))
        if environment.getattr((undefined(name='fact') if l_1_fact is missing else l_1_fact), 'date'):
            pass
            t_6.extend((
                '<span class="fact-date">',
                escape(context.call((undefined(name='when') if l_0_when is missing else l_0_when), environment.getattr((undefined(name='fact') if l_1_fact is missing else l_1_fact), 'date'))),
                '</span>',
            ))
        if environment.getattr((undefined(name='fact') if l_1_fact is missing else l_1_fact), 'quantity'):
            pass
            t_6.extend((
                ' <span class="quantity">',
                escape(t_3(environment.getattr((undefined(name='fact') if l_1_fact is missing else l_1_fact), 'quantity'))),
                '</span>',
            ))
        if l_1_show_topic:
            pass
            t_6.extend((
                ' <span class="fact-topic">',
                escape(environment.getattr(environment.getitem(environment.getattr((undefined(name='briefing') if l_1_briefing is missing else l_1_briefing), 'topics'), environment.getattr((undefined(name='fact') if l_1_fact is missing else l_1_fact), 'topic')), 'title')),
                '</span>',
            ))
        t_6.append(
            escape(context.call((undefined(name='badges') if l_0_badges is missing else l_0_badges), environment.getattr(l_1_view, 'standing'), (undefined(name='fact') if l_1_fact is missing else l_1_fact))),
        )
        l_1_grades = context.call((undefined(name='shown_grades') if l_1_shown_grades is missing else l_1_shown_grades), environment.getattr(l_1_view, 'standing'), (undefined(name='flags') if l_1_flags is missing else l_1_flags))
        if (undefined(name='grades') if l_1_grades is missing else l_1_grades):
            pass
            t_6.extend((
                ' <span class="grades">',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'grade')),
                ' ',
            ))
            l_2_loop = missing
            for (l_2_label, l_2_description), l_2_loop in LoopContext((undefined(name='grades') if l_1_grades is missing else l_1_grades), undefined):
                _loop_vars = {}
                pass
                t_6.extend((
                    '<abbr class="grade" title="',
                    escape(t_4(l_2_description)),
                    '">',
                    escape(t_4(l_2_label)),
                    '</abbr>',
                    escape((' ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 32 in '_macros.html' evaluated to false and no else section was defined."))),
                ))
            l_2_loop = l_2_label = l_2_description = missing
            t_6.append(
                '</span>',
            )
        t_6.append(
            '  </p>\n  <ul class="positions">\n',
        )
        l_2_loop = missing
        for (l_2_position, l_2_footnotes), l_2_loop in LoopContext(environment.getattr(l_1_view, 'markers'), undefined):
            l_2_stance_label = resolve('stance_label')
            l_2_outer = missing
            _loop_vars = {}
            pass
            l_2_outer = environment.getattr(l_2_loop, 'index')
            _loop_vars['outer'] = l_2_outer
            t_6.extend((
                '    <li class="position stance-',
                escape(environment.getattr(l_2_position, 'stance')),
                '">',
                escape(context.call((undefined(name='entity_link') if l_0_entity_link is missing else l_0_entity_link), environment.getattr(l_2_position, 'actor'), _loop_vars=_loop_vars)),
            ))
            if environment.getattr(l_2_position, 'via'):
                pass
                t_6.extend((
                    ' <span class="relay">',
                    escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'via', _loop_vars=_loop_vars)),
                    ' ',
                ))
                l_3_loop = missing
                for l_3_ref, l_3_loop in LoopContext(environment.getattr(l_2_position, 'via'), undefined):
                    _loop_vars = {}
                    pass
                    t_6.extend((
                        escape(context.call((undefined(name='entity_link') if l_0_entity_link is missing else l_0_entity_link), l_3_ref, _loop_vars=_loop_vars)),
                        escape((', ' if (not environment.getattr(l_3_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 37 in '_macros.html' evaluated to false and no else section was defined."))),
                    ))
                l_3_loop = l_3_ref = missing
                t_6.append(
                    '</span>',
                )
            t_6.extend((
                ' <span class="stance">',
                escape(environment.getitem((undefined(name='stance_label') if l_2_stance_label is missing else l_2_stance_label), environment.getattr(l_2_position, 'stance'))),
                '</span>',
            ))
            if environment.getattr(l_2_position, 'date'):
                pass
                t_6.extend((
                    ' <span class="position-date">(',
                    escape(context.call((undefined(name='when') if l_0_when is missing else l_0_when), environment.getattr(l_2_position, 'date'), _loop_vars=_loop_vars)),
                    ')</span>',
                ))
            l_3_loop = missing
            for l_3_note, l_3_loop in LoopContext(l_2_footnotes, undefined):
                l_3_grade_attribute = resolve('grade_attribute')
                _loop_vars = {}
                pass
                t_6.extend((
                    '<a class="cite" id="',
                    escape(environment.getitem(environment.getitem(environment.getattr(l_1_view, 'marker_ids'), ((undefined(name='outer') if l_2_outer is missing else l_2_outer) - 1)), environment.getattr(l_3_loop, 'index0'))),
                    '" href="#fn-',
                    escape(environment.getattr(l_3_note, 'number')),
                    '"',
                    escape(context.call((undefined(name='grade_attribute') if l_3_grade_attribute is missing else l_3_grade_attribute), (undefined(name='fact') if l_1_fact is missing else l_1_fact), environment.getattr(l_3_note, 'source'), _loop_vars=_loop_vars)),
                    ' aria-label="',
                    escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Citation %(number)s: %(source)s', number=environment.getattr(l_3_note, 'number'), source=(environment.getattr(environment.getattr(l_3_note, 'source'), 'publisher') or environment.getattr(environment.getattr(l_3_note, 'source'), 'title')), _loop_vars=_loop_vars)),
                    '">[',
                    escape(environment.getattr(l_3_note, 'number')),
                    ']</a>',
                ))
            l_3_loop = l_3_note = l_3_grade_attribute = missing
            t_6.append(
                '</li>\n',
            )
        l_2_loop = l_2_position = l_2_footnotes = l_2_outer = l_2_stance_label = missing
        t_6.append(
            '  </ul>\n</article>',
        )
        return concat(t_6)
    context.exported_vars.add('fact_item')
    context.vars['fact_item'] = l_0_fact_item = Macro(environment, macro, 'fact_item', ('view', 'heading', 'show_topic'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_notes):
        t_7 = []
        l_1__ = resolve('_')
        if l_1_notes is missing:
            l_1_notes = undefined("parameter 'notes' was not provided", name='notes')
        pass
        if environment.getattr(l_1_notes, 'footnotes'):
            pass
            t_7.extend((
                '<section class="footnotes" aria-labelledby="footnotes-heading">\n  <h2 id="footnotes-heading">',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Citations')),
                '</h2>\n  <ol>\n',
            ))
            for l_2_note in environment.getattr(l_1_notes, 'footnotes'):
                _loop_vars = {}
                pass
                t_7.extend((
                    '    ',
                    escape(context.call(environment.getattr((undefined(name='helpers') if l_0_helpers is missing else l_0_helpers), 'note'), (undefined(name='footnote_item') if l_0_footnote_item is missing else l_0_footnote_item), l_2_note, context.call(environment.getattr(environment.getattr(l_1_notes, 'backlinks'), 'get'), environment.getattr(l_2_note, 'number'), [], _loop_vars=_loop_vars), _loop_vars=_loop_vars)),
                    '\n',
                ))
            l_2_note = missing
            t_7.append(
                '  </ol>\n</section>\n',
            )
        return concat(t_7)
    context.exported_vars.add('footnotes')
    context.vars['footnotes'] = l_0_footnotes = Macro(environment, macro, 'footnotes', ('notes',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_note, l_1_back):
        t_8 = []
        l_1_url = resolve('url')
        l_1__ = resolve('_')
        if l_1_note is missing:
            l_1_note = undefined("parameter 'note' was not provided", name='note')
        if l_1_back is missing:
            l_1_back = undefined("parameter 'back' was not provided", name='back')
        pass
        t_8.extend((
            '<li id="fn-',
            escape(environment.getattr(l_1_note, 'number')),
            '">',
            escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'quote'), l_1_note)),
            '\n      <p class="fn-source"><a href="',
            escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), environment.getattr(l_1_note, 'source'), environment.getattr(l_1_note, 'anchor'))),
            '">',
            escape(context.call((undefined(name='source_line') if l_0_source_line is missing else l_0_source_line), environment.getattr(l_1_note, 'source'))),
            '</a>',
        ))
        if environment.getattr(environment.getattr(l_1_note, 'source'), 'url'):
            pass
            t_8.extend((
                '<span class="print-only fn-url"> ',
                escape(environment.getattr(environment.getattr(l_1_note, 'source'), 'url')),
                '</span>',
            ))
        t_8.append(
            '</p>',
        )
        if l_1_back:
            pass
            t_8.append(
                '      <p class="backlinks">',
            )
            if (t_2(l_1_back) == 1):
                pass
                t_8.extend((
                    '<a href="#',
                    escape(environment.getitem(l_1_back, 0)),
                    '" aria-label="',
                    escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Back to citation %(number)s in the text', number=environment.getattr(l_1_note, 'number'))),
                    '">↑</a>',
                ))
            else:
                pass
                t_8.append(
                    '↑ ',
                )
                l_2_loop = missing
                for l_2_marker, l_2_loop in LoopContext(l_1_back, undefined):
                    l_2_backlink_letter = resolve('backlink_letter')
                    _loop_vars = {}
                    pass
                    t_8.extend((
                        '<a href="#',
                        escape(l_2_marker),
                        '" aria-label="',
                        escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'Back to citation %(number)s, use %(use)s of %(count)s', number=environment.getattr(l_1_note, 'number'), use=environment.getattr(l_2_loop, 'index'), count=t_2(l_1_back), _loop_vars=_loop_vars)),
                        '">',
                        escape(context.call((undefined(name='backlink_letter') if l_2_backlink_letter is missing else l_2_backlink_letter), environment.getattr(l_2_loop, 'index0'), _loop_vars=_loop_vars)),
                        '</a>',
                        escape((' ' if (not environment.getattr(l_2_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 63 in '_macros.html' evaluated to false and no else section was defined."))),
                    ))
                l_2_loop = l_2_marker = l_2_backlink_letter = missing
            t_8.append(
                '</p>',
            )
        t_8.append(
            '</li>',
        )
        return concat(t_8)
    context.exported_vars.add('footnote_item')
    context.vars['footnote_item'] = l_0_footnote_item = Macro(environment, macro, 'footnote_item', ('note', 'back'), False, False, False, context.eval_ctx.autoescape)
    l_0_fact_link = environment.getattr((undefined(name='helpers') if l_0_helpers is missing else l_0_helpers), 'fact_link')
    context.vars['fact_link'] = l_0_fact_link
    context.exported_vars.add('fact_link')
    l_0_timeline_entry = environment.getattr((undefined(name='helpers') if l_0_helpers is missing else l_0_helpers), 'timeline_entry')
    context.vars['timeline_entry'] = l_0_timeline_entry
    context.exported_vars.add('timeline_entry')

blocks = {}
debug_info = '1=37&5=39&6=42&9=46&10=58&11=79&13=86&14=107&19=117&22=121&23=136&24=139&25=150&27=159&28=166&29=173&30=181&31=183&32=184&35=211&36=216&37=220&38=256&44=285&45=291&47=295&49=298&50=303&59=313&60=324&61=328&62=343&63=348&69=387&74=390'
# briefing precompiled template 3c19439b1de3ab7cf29b5c3d10ad9c0b376ca71f4d6cbe7b1c8e0b540974b1cb
