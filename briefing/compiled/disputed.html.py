from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'disputed.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_i18n = l_0_when = l_0_entity_link = l_0_fact_link = l_0_source_line = l_0_corroboration = l_0_side = missing
    pass
    parent_template = environment.get_template('base.html', 'disputed.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_i18n = context.vars['i18n'] = environment.get_template('_i18n.html', 'disputed.html')._get_default_module(context)
    context.exported_vars.discard('i18n')
    included_template = environment.get_template('_macros.html', 'disputed.html')._get_default_module(context)
    l_0_when = getattr(included_template, 'when', missing)
    if l_0_when is missing:
        l_0_when = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'disputed.html') does not export the requested name 'when'", name='when')
    l_0_entity_link = getattr(included_template, 'entity_link', missing)
    if l_0_entity_link is missing:
        l_0_entity_link = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'disputed.html') does not export the requested name 'entity_link'", name='entity_link')
    l_0_fact_link = getattr(included_template, 'fact_link', missing)
    if l_0_fact_link is missing:
        l_0_fact_link = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'disputed.html') does not export the requested name 'fact_link'", name='fact_link')
    l_0_source_line = getattr(included_template, 'source_line', missing)
    if l_0_source_line is missing:
        l_0_source_line = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'disputed.html') does not export the requested name 'source_line'", name='source_line')
    context.vars.update({'when': l_0_when, 'entity_link': l_0_entity_link, 'fact_link': l_0_fact_link, 'source_line': l_0_source_line})
    context.exported_vars.difference_update(('when', 'entity_link', 'fact_link', 'source_line'))
    included_template = environment.get_template('_analysis.html', 'disputed.html')._get_default_module(context)
    l_0_corroboration = getattr(included_template, 'corroboration', missing)
    if l_0_corroboration is missing:
        l_0_corroboration = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'disputed.html') does not export the requested name 'corroboration'", name='corroboration')
    context.vars['corroboration'] = l_0_corroboration
    context.exported_vars.discard('corroboration')
    def macro(l_1_sides, l_1_title, l_1_kind):
        t_1 = []
        if l_1_sides is missing:
            l_1_sides = undefined("parameter 'sides' was not provided", name='sides')
        if l_1_title is missing:
            l_1_title = undefined("parameter 'title' was not provided", name='title')
        if l_1_kind is missing:
            l_1_kind = undefined("parameter 'kind' was not provided", name='kind')
        pass
        t_1.extend((
            '<div class="dispute-side dispute-side--',
            escape(l_1_kind),
            '">\n  <h3>',
            escape(l_1_title),
            '</h3>\n',
        ))
        for l_2_s in l_1_sides:
            l_2_stance_label = resolve('stance_label')
            _loop_vars = {}
            pass
            t_1.extend((
                '  <div class="position-card stance-',
                escape(environment.getattr(environment.getattr(l_2_s, 'position'), 'stance')),
                '">\n    <p><strong>',
                escape(context.call((undefined(name='entity_link') if l_0_entity_link is missing else l_0_entity_link), environment.getattr(environment.getattr(l_2_s, 'position'), 'actor'), _loop_vars=_loop_vars)),
                '</strong> <span class="stance">',
                escape(environment.getitem((undefined(name='stance_label') if l_2_stance_label is missing else l_2_stance_label), environment.getattr(environment.getattr(l_2_s, 'position'), 'stance'))),
                '</span>',
            ))
            if environment.getattr(environment.getattr(l_2_s, 'position'), 'date'):
                pass
                t_1.extend((
                    ' <span class="position-date">(',
                    escape(context.call((undefined(name='when') if l_0_when is missing else l_0_when), environment.getattr(environment.getattr(l_2_s, 'position'), 'date'), _loop_vars=_loop_vars)),
                    ')</span>',
                ))
            t_1.append(
                '</p>\n',
            )
            for l_3_q in environment.getattr(l_2_s, 'quotes'):
                l_3_url = resolve('url')
                _loop_vars = {}
                pass
                t_1.extend((
                    '    <figure class="quote">\n      ',
                    escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'quote'), l_3_q, marks=True, _loop_vars=_loop_vars)),
                    '\n      <figcaption><a href="',
                    escape(context.call((undefined(name='url') if l_3_url is missing else l_3_url), environment.getattr(l_3_q, 'source'), environment.getattr(l_3_q, 'anchor'), _loop_vars=_loop_vars)),
                    '">',
                    escape(context.call((undefined(name='source_line') if l_0_source_line is missing else l_0_source_line), environment.getattr(l_3_q, 'source'), _loop_vars=_loop_vars)),
                    '</a></figcaption>\n    </figure>\n',
                ))
            l_3_q = l_3_url = missing
            t_1.append(
                '  </div>\n',
            )
        l_2_s = l_2_stance_label = missing
        t_1.append(
            '</div>',
        )
        return concat(t_1)
    context.exported_vars.add('side')
    context.vars['side'] = l_0_side = Macro(environment, macro, 'side', ('sides', 'title', 'kind'), False, False, False, context.eval_ctx.autoescape)
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0__ = resolve('_')
    l_0_ngettext = resolve('ngettext')
    l_0_disputes = resolve('disputes')
    l_0_contradictions = resolve('contradictions')
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
    pass
    yield '<h1>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Disputed claims', _block_vars=_block_vars))
    yield '</h1>\n<p class="lede">'
    yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(num)d claim that some actors assert or confirm and others deny, the two sides side by side with their dates and the passages that report them.', '%(num)d claims that some actors assert or confirm and others deny, the two sides side by side with their dates and the passages that report them.', t_2((undefined(name='disputes') if l_0_disputes is missing else l_0_disputes)), _block_vars=_block_vars))
    yield '</p>\n'
    t_4 = 1
    for l_1_d in (undefined(name='disputes') if l_0_disputes is missing else l_0_disputes):
        l_1_url = resolve('url')
        l_1_i18n = resolve('i18n')
        l_1_when = resolve('when')
        l_1_briefing = resolve('briefing')
        l_1_corroboration = resolve('corroboration')
        l_1_side = resolve('side')
        _loop_vars = {}
        pass
        yield '<article class="dispute" id="fact-'
        yield escape(environment.getattr(environment.getattr(l_1_d, 'fact'), 'id'))
        yield '" aria-labelledby="dispute-'
        yield escape(environment.getattr(environment.getattr(l_1_d, 'fact'), 'id'))
        yield '">\n  <h2 id="dispute-'
        yield escape(environment.getattr(environment.getattr(l_1_d, 'fact'), 'id'))
        yield '" class="fact-claim"><a href="'
        yield escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), environment.getattr(l_1_d, 'fact'), _loop_vars=_loop_vars))
        yield '">'
        yield escape(context.call(environment.getattr((undefined(name='i18n') if l_1_i18n is missing else l_1_i18n), 'text'), environment.getattr(environment.getattr(l_1_d, 'fact'), 'claim'), markup_join(('fact:', environment.getattr(environment.getattr(l_1_d, 'fact'), 'id'), )), _loop_vars=_loop_vars))
        yield '</a></h2>\n  <p class="fact-meta">'
        if environment.getattr(environment.getattr(l_1_d, 'fact'), 'date'):
            pass
            yield '<span class="fact-date">'
            yield escape(context.call((undefined(name='when') if l_1_when is missing else l_1_when), environment.getattr(environment.getattr(l_1_d, 'fact'), 'date'), _loop_vars=_loop_vars))
            yield '</span>'
        if environment.getattr(environment.getattr(l_1_d, 'fact'), 'quantity'):
            pass
            yield ' <span class="quantity">'
            yield escape(t_3(environment.getattr(environment.getattr(l_1_d, 'fact'), 'quantity')))
            yield '</span>'
        yield ' <span class="fact-topic">'
        yield escape(environment.getattr(environment.getitem(environment.getattr((undefined(name='briefing') if l_1_briefing is missing else l_1_briefing), 'topics'), environment.getattr(environment.getattr(l_1_d, 'fact'), 'topic')), 'title'))
        yield '</span> <span>'
        yield escape(context.call((undefined(name='corroboration') if l_1_corroboration is missing else l_1_corroboration), environment.getattr(l_1_d, 'standing'), _loop_vars=_loop_vars))
        yield '</span></p>\n  <div class="dispute-grid">\n    '
        yield escape(context.call((undefined(name='side') if l_1_side is missing else l_1_side), environment.getattr(l_1_d, 'asserting'), context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Asserted', _loop_vars=_loop_vars), 'for', _loop_vars=_loop_vars))
        yield '\n    '
        yield escape(context.call((undefined(name='side') if l_1_side is missing else l_1_side), environment.getattr(l_1_d, 'denying'), context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Denied', _loop_vars=_loop_vars), 'against', _loop_vars=_loop_vars))
        yield '\n  </div>\n'
        if environment.getattr(l_1_d, 'declining'):
            pass
            yield '<div class="dispute-grid">'
            yield escape(context.call((undefined(name='side') if l_1_side is missing else l_1_side), environment.getattr(l_1_d, 'declining'), context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Declined to comment', _loop_vars=_loop_vars), 'declines', _loop_vars=_loop_vars))
            yield '</div>'
        yield '</article>\n'
        t_4 = 0
    l_1_d = l_1_url = l_1_i18n = l_1_when = l_1_briefing = l_1_corroboration = l_1_side = missing
    if t_4:
        pass
        yield '<p>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'No claim in this briefing is both asserted and denied.'))
        yield '</p>\n'
    if (undefined(name='contradictions') if l_0_contradictions is missing else l_0_contradictions):
        pass
        yield '<section aria-labelledby="contradictions-heading">\n  <h2 id="contradictions-heading">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Contradicting reports', _block_vars=_block_vars))
        yield '</h2>\n  <p>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Pairs of facts the editors marked as contradicting each other.', _block_vars=_block_vars))
        yield '</p>\n  <ul class="related">\n'
        for (l_1_a, l_1_b) in (undefined(name='contradictions') if l_0_contradictions is missing else l_0_contradictions):
            l_1_fact_link = resolve('fact_link')
            _loop_vars = {}
            pass
            yield '    <li>'
            yield escape(context.call((undefined(name='fact_link') if l_1_fact_link is missing else l_1_fact_link), l_1_a, _loop_vars=_loop_vars))
            yield ' <span class="relation">'
            yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'contradicts', _loop_vars=_loop_vars))
            yield '</span> '
            yield escape(context.call((undefined(name='fact_link') if l_1_fact_link is missing else l_1_fact_link), l_1_b, _loop_vars=_loop_vars))
            yield '</li>\n'
        l_1_a = l_1_b = l_1_fact_link = missing
        yield '  </ul>\n</section>\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=18&4=33&5=39&6=50&7=52&8=55&9=61&10=63&11=78&13=84&14=86&21=104&22=129&23=131&24=134&25=144&26=148&27=154&29=169&30=171&32=173&35=184&37=186&39=189&40=191&42=193&43=198'
# briefing precompiled template dda72dbe5eab0c7807eee305539bf764d70366a8e9126b13b23370637043c97a
