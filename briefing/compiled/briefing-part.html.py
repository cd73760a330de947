from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'briefing-part.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_i18n = l_0_source_line = l_0_pack_nav = l_0_pack_fact = l_0_pack_note = missing
    pass
    parent_template = environment.get_template('base.html', 'briefing-part.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_i18n = context.vars['i18n'] = environment.get_template('_i18n.html', 'briefing-part.html')._get_default_module(context)
    context.exported_vars.discard('i18n')
    included_template = environment.get_template('_macros.html', 'briefing-part.html')._get_default_module(context)
    l_0_source_line = getattr(included_template, 'source_line', missing)
    if l_0_source_line is missing:
        l_0_source_line = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'briefing-part.html') does not export the requested name 'source_line'", name='source_line')
    context.vars['source_line'] = l_0_source_line
    context.exported_vars.discard('source_line')
    included_template = environment.get_template('_pack.html', 'briefing-part.html')._get_default_module(context)
    l_0_pack_nav = getattr(included_template, 'pack_nav', missing)
    if l_0_pack_nav is missing:
        l_0_pack_nav = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'briefing-part.html') does not export the requested name 'pack_nav'", name='pack_nav')
    l_0_pack_fact = getattr(included_template, 'pack_fact', missing)
    if l_0_pack_fact is missing:
        l_0_pack_fact = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'briefing-part.html') does not export the requested name 'pack_fact'", name='pack_fact')
    l_0_pack_note = getattr(included_template, 'pack_note', missing)
    if l_0_pack_note is missing:
        l_0_pack_note = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'briefing-part.html') does not export the requested name 'pack_note'", name='pack_note')
    context.vars.update({'pack_nav': l_0_pack_nav, 'pack_fact': l_0_pack_fact, 'pack_note': l_0_pack_note})
    context.exported_vars.difference_update(('pack_nav', 'pack_fact', 'pack_note'))
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_pack_nav = resolve('pack_nav')
    l_0_previous = resolve('previous')
    l_0_next = resolve('next')
    l_0_key = resolve('key')
    l_0_section = resolve('section')
    l_0_i18n = resolve('i18n')
    l_0_topic = resolve('topic')
    l_0_part_count = resolve('part_count')
    l_0__ = resolve('_')
    l_0_part_number = resolve('part_number')
    l_0_groups = resolve('groups')
    l_0_notes = resolve('notes')
    pass
    yield '<article class="pack pack-part">\n'
    yield escape(context.call((undefined(name='pack_nav') if l_0_pack_nav is missing else l_0_pack_nav), (undefined(name='previous') if l_0_previous is missing else l_0_previous), (undefined(name='next') if l_0_next is missing else l_0_next), 'top', _block_vars=_block_vars))
    yield '\n<!--pack:part-->\n<section class="pack-topic" id="topic-'
    yield escape((undefined(name='key') if l_0_key is missing else l_0_key))
    yield '" aria-labelledby="topic-'
    yield escape((undefined(name='key') if l_0_key is missing else l_0_key))
    yield '-title">\n  <h1 id="topic-'
    yield escape((undefined(name='key') if l_0_key is missing else l_0_key))
    yield '-title">'
    yield escape((undefined(name='section') if l_0_section is missing else l_0_section))
    yield '. '
    yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'text'), environment.getattr((undefined(name='topic') if l_0_topic is missing else l_0_topic), 'title'), markup_join(('topic:', environment.getattr((undefined(name='topic') if l_0_topic is missing else l_0_topic), 'id'), ':title', )), _block_vars=_block_vars))
    if ((undefined(name='part_count') if l_0_part_count is missing else l_0_part_count) > 1):
        pass
        yield ' <span class="pack-part-of">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), '(part %(number)d of %(count)d)', number=(undefined(name='part_number') if l_0_part_number is missing else l_0_part_number), count=(undefined(name='part_count') if l_0_part_count is missing else l_0_part_count), _block_vars=_block_vars))
        yield '</span>'
    yield '</h1>\n'
    if (((undefined(name='part_number') if l_0_part_number is missing else l_0_part_number) == 1) and environment.getattr((undefined(name='topic') if l_0_topic is missing else l_0_topic), 'summary')):
        pass
        yield '<div class="summary">'
        yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'block'), environment.getattr((undefined(name='topic') if l_0_topic is missing else l_0_topic), 'summary'), markup_join(('topic:', environment.getattr((undefined(name='topic') if l_0_topic is missing else l_0_topic), 'id'), ':summary', )), _block_vars=_block_vars))
        yield '</div>'
    for (l_1_title, l_1_anchor, l_1_views) in (undefined(name='groups') if l_0_groups is missing else l_0_groups):
        _loop_vars = {}
        pass
        if l_1_title:
            pass
            yield '<h2 id="'
            yield escape((undefined(name='key') if l_0_key is missing else l_0_key))
            yield '-'
            yield escape(l_1_anchor)
            yield '" class="section-title">'
            yield escape(context.call(environment.getattr((undefined(name='i18n') if l_0_i18n is missing else l_0_i18n), 'original'), l_1_title, _loop_vars=_loop_vars))
            yield '</h2>'
        for l_2_view in l_1_views:
            l_2_helpers = resolve('helpers')
            l_2_pack_fact = resolve('pack_fact')
            l_2_fact_numbers = resolve('fact_numbers')
            _loop_vars = {}
            pass
            yield '  '
            yield escape(context.call(environment.getattr((undefined(name='helpers') if l_2_helpers is missing else l_2_helpers), 'entry'), (undefined(name='pack_fact') if l_2_pack_fact is missing else l_2_pack_fact), l_2_view, environment.getitem((undefined(name='fact_numbers') if l_2_fact_numbers is missing else l_2_fact_numbers), environment.getattr(environment.getattr(l_2_view, 'fact'), 'id')), (undefined(name='key') if l_0_key is missing else l_0_key), _loop_vars=_loop_vars))
            yield '\n'
        l_2_view = l_2_helpers = l_2_pack_fact = l_2_fact_numbers = missing
    l_1_title = l_1_anchor = l_1_views = missing
    if environment.getattr((undefined(name='notes') if l_0_notes is missing else l_0_notes), 'footnotes'):
        pass
        yield '  <section class="footnotes pack-notes" aria-labelledby="notes-'
        yield escape((undefined(name='key') if l_0_key is missing else l_0_key))
        yield '">\n    <h2 id="notes-'
        yield escape((undefined(name='key') if l_0_key is missing else l_0_key))
        yield '">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Notes to %(topic)s', topic=environment.getattr((undefined(name='topic') if l_0_topic is missing else l_0_topic), 'title'), _block_vars=_block_vars))
        yield '</h2>\n    <ol>\n'
        for l_1_note in environment.getattr((undefined(name='notes') if l_0_notes is missing else l_0_notes), 'footnotes'):
            l_1_helpers = resolve('helpers')
            l_1_pack_note = resolve('pack_note')
            _loop_vars = {}
            pass
            yield '      '
            yield escape(context.call(environment.getattr((undefined(name='helpers') if l_1_helpers is missing else l_1_helpers), 'note'), (undefined(name='pack_note') if l_1_pack_note is missing else l_1_pack_note), l_1_note, (undefined(name='key') if l_0_key is missing else l_0_key), _loop_vars=_loop_vars))
            yield '\n'
        l_1_note = l_1_helpers = l_1_pack_note = missing
        yield '    </ol>\n  </section>\n'
    yield '</section>\n<!--/pack:part-->\n'
    yield escape(context.call((undefined(name='pack_nav') if l_0_pack_nav is missing else l_0_pack_nav), (undefined(name='previous') if l_0_previous is missing else l_0_previous), (undefined(name='next') if l_0_next is missing else l_0_next), 'bottom', _block_vars=_block_vars))
    yield '\n</article>\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=18&4=24&5=38&8=59&10=61&11=65&12=76&13=81&14=84&15=93&16=100&19=104&20=107&21=109&23=113&24=119&31=124'
# briefing precompiled template 2b522ec7c312d30f7acdaf43d37b35a97a9f0ec85f6b8da3459e0079494a3d18
