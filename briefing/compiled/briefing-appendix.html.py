from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'briefing-appendix.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_i18n = l_0_source_line = l_0_register_tables = l_0_series_blocks = l_0_pack_nav = missing
    pass
    parent_template = environment.get_template('base.html', 'briefing-appendix.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_i18n = context.vars['i18n'] = environment.get_template('_i18n.html', 'briefing-appendix.html')._get_default_module(context)
    context.exported_vars.discard('i18n')
    included_template = environment.get_template('_macros.html', 'briefing-appendix.html')._get_default_module(context)
    l_0_source_line = getattr(included_template, 'source_line', missing)
    if l_0_source_line is missing:
        l_0_source_line = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'briefing-appendix.html') does not export the requested name 'source_line'", name='source_line')
    context.vars['source_line'] = l_0_source_line
    context.exported_vars.discard('source_line')
    included_template = environment.get_template('_analysis.html', 'briefing-appendix.html')._get_default_module(context)
    l_0_register_tables = getattr(included_template, 'register_tables', missing)
    if l_0_register_tables is missing:
        l_0_register_tables = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'briefing-appendix.html') does not export the requested name 'register_tables'", name='register_tables')
    l_0_series_blocks = getattr(included_template, 'series_blocks', missing)
    if l_0_series_blocks is missing:
        l_0_series_blocks = undefined(f"the template {included_template.__name__!r} (imported on line 4 in 'briefing-appendix.html') does not export the requested name 'series_blocks'", name='series_blocks')
    context.vars.update({'register_tables': l_0_register_tables, 'series_blocks': l_0_series_blocks})
    context.exported_vars.difference_update(('register_tables', 'series_blocks'))
    included_template = environment.get_template('_pack.html', 'briefing-appendix.html')._get_default_module(context)
    l_0_pack_nav = getattr(included_template, 'pack_nav', missing)
    if l_0_pack_nav is missing:
        l_0_pack_nav = undefined(f"the template {included_template.__name__!r} (imported on line 5 in 'briefing-appendix.html') does not export the requested name 'pack_nav'", name='pack_nav')
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
    l_0_pack_nav = resolve('pack_nav')
    l_0_previous = resolve('previous')
    l_0_next = resolve('next')
    l_0_part = resolve('part')
    l_0_kind = resolve('kind')
    l_0__ = resolve('_')
    l_0_register_tables = resolve('register_tables')
    l_0_groups = resolve('groups')
    l_0_series_blocks = resolve('series_blocks')
    l_0_series = resolve('series')
    l_0_figures = resolve('figures')
    l_0_bibliography = resolve('bibliography')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['t']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 't' found.")
    pass
    yield '<article class="pack pack-part">\n'
    yield escape(context.call((undefined(name='pack_nav') if l_0_pack_nav is missing else l_0_pack_nav), (undefined(name='previous') if l_0_previous is missing else l_0_previous), (undefined(name='next') if l_0_next is missing else l_0_next), 'top', _block_vars=_block_vars))
    yield '\n<!--pack:part-->\n<section class="pack-topic" id="'
    yield escape(environment.getattr((undefined(name='part') if l_0_part is missing else l_0_part), 'anchor'))
    yield '" aria-labelledby="'
    yield escape(environment.getattr((undefined(name='part') if l_0_part is missing else l_0_part), 'anchor'))
    yield '-title">\n  <h1 id="'
    yield escape(environment.getattr((undefined(name='part') if l_0_part is missing else l_0_part), 'anchor'))
    yield '-title">'
    yield escape(environment.getattr((undefined(name='part') if l_0_part is missing else l_0_part), 'title'))
    yield '</h1>\n'
    if ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'register'):
        pass
        yield '  <p>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Reported transfers, as the named actors describe them; estimates are marked and missing quantities are given as unknown.', _block_vars=_block_vars))
        yield '</p>\n  '
        yield escape(context.call((undefined(name='register_tables') if l_0_register_tables is missing else l_0_register_tables), (undefined(name='groups') if l_0_groups is missing else l_0_groups), 'h2', in_pack=True, _block_vars=_block_vars))
        yield '\n'
    elif ((undefined(name='kind') if l_0_kind is missing else l_0_kind) == 'numbers'):
        pass
        yield '  '
        yield escape(context.call((undefined(name='series_blocks') if l_0_series_blocks is missing else l_0_series_blocks), (undefined(name='series') if l_0_series is missing else l_0_series), 'h2', link_all=False, in_pack=True, figures=(undefined(name='figures') if l_0_figures is missing else l_0_figures), _block_vars=_block_vars))
        yield '\n'
    else:
        pass
        yield '  <ol class="bibliography">\n'
        for l_1_source in (undefined(name='bibliography') if l_0_bibliography is missing else l_0_bibliography):
            l_1_i18n = resolve('i18n')
            l_1_source_line = resolve('source_line')
            l_1_scales = resolve('scales')
            l_1_url = resolve('url')
            _loop_vars = {}
            pass
            yield '    <li id="bib-'
            yield escape(environment.getattr(l_1_source, 'id'))
            yield '">'
            if environment.getattr(l_1_source, 'authors'):
                pass
                yield escape(context.call(environment.getattr((undefined(name='i18n') if l_1_i18n is missing else l_1_i18n), 'original'), t_1(context.eval_ctx, environment.getattr(l_1_source, 'authors'), ', '), _loop_vars=_loop_vars))
                yield '. '
            yield escape(context.call((undefined(name='source_line') if l_1_source_line is missing else l_1_source_line), l_1_source, _loop_vars=_loop_vars))
            yield '.'
            if environment.getattr(l_1_source, 'via'):
                pass
                yield ' '
                yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Relays %(agency)s.', agency=environment.getattr(l_1_source, 'via'), _loop_vars=_loop_vars))
            if environment.getattr(l_1_source, 'reliability'):
                pass
                yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Reliability:', _loop_vars=_loop_vars))
                yield ' <abbr title="'
                yield escape(t_2(environment.getitem(environment.getattr((undefined(name='scales') if l_1_scales is missing else l_1_scales), 'reliability'), environment.getattr(l_1_source, 'reliability'))))
                yield '">'
                yield escape(environment.getattr(l_1_source, 'reliability'))
                yield '</abbr>.'
            if environment.getattr(l_1_source, 'url'):
                pass
                yield ' <span class="url">'
                yield escape(environment.getattr(l_1_source, 'url'))
                yield '</span>'
            yield '      '
            yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Archived:', _loop_vars=_loop_vars))
            yield ' <a href="'
            yield escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), l_1_source, _loop_vars=_loop_vars))
            yield '">'
            yield escape(environment.getattr(l_1_source, 'id'))
            yield '</a>.</li>\n'
        l_1_source = l_1_i18n = l_1_source_line = l_1_scales = l_1_url = missing
        yield '  </ol>\n'
    yield '</section>\n<!--/pack:part-->\n'
    yield escape(context.call((undefined(name='pack_nav') if l_0_pack_nav is missing else l_0_pack_nav), (undefined(name='previous') if l_0_previous is missing else l_0_previous), (undefined(name='next') if l_0_next is missing else l_0_next), 'bottom', _block_vars=_block_vars))
    yield '\n</article>\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=18&4=24&5=33&6=41&9=74&11=76&12=80&13=84&14=87&15=89&16=91&17=94&20=99&21=107&22=119&23=127&24=133&30=142'
# briefing precompiled template ac5bb079741619590eeb87807d1f18534be6da79cc5fca026e018b20d36fe7d9
