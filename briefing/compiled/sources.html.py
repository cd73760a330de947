from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'sources.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_source_line = missing
    pass
    parent_template = environment.get_template('base.html', 'sources.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    included_template = environment.get_template('_macros.html', 'sources.html')._get_default_module(context)
    l_0_source_line = getattr(included_template, 'source_line', missing)
    if l_0_source_line is missing:
        l_0_source_line = undefined(f"the template {included_template.__name__!r} (imported on line 2 in 'sources.html') does not export the requested name 'source_line'", name='source_line')
    context.vars['source_line'] = l_0_source_line
    context.exported_vars.discard('source_line')
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
    l_0_sources = resolve('sources')
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
    pass
    yield '<h1>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Sources', _block_vars=_block_vars))
    yield '</h1>\n<p>'
    yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(num)d archived source, newest first. Each page holds the full archived text with every quoted passage highlighted.', '%(num)d archived sources, newest first. Each page holds the full archived text with every quoted passage highlighted.', t_2((undefined(name='sources') if l_0_sources is missing else l_0_sources)), _block_vars=_block_vars))
    yield '</p>\n<ol class="bibliography">\n'
    for l_1_source in (undefined(name='sources') if l_0_sources is missing else l_0_sources):
        l_1_url = resolve('url')
        l_1_source_line = resolve('source_line')
        l_1_briefing = resolve('briefing')
        _loop_vars = {}
        pass
        yield '  <li><a href="'
        yield escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), l_1_source, _loop_vars=_loop_vars))
        yield '">'
        yield escape(context.call((undefined(name='source_line') if l_1_source_line is missing else l_1_source_line), l_1_source, _loop_vars=_loop_vars))
        yield '</a>'
        if environment.getattr(l_1_source, 'authors'):
            pass
            yield ' — '
            yield escape(t_1(context.eval_ctx, environment.getattr(l_1_source, 'authors'), ', '))
        yield ' <span class="count">('
        yield escape(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(num)d fact', '%(num)d facts', t_2(context.call(environment.getattr(environment.getattr((undefined(name='briefing') if l_1_briefing is missing else l_1_briefing), 'facts_by_source'), 'get'), environment.getattr(l_1_source, 'id'), [], _loop_vars=_loop_vars)), _loop_vars=_loop_vars))
        yield ')</span></li>\n'
    l_1_source = l_1_url = l_1_source_line = l_1_briefing = missing
    yield '</ol>\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=24&4=48&5=50&7=52&8=59'
# briefing precompiled template 0a731dc264bb4e972e124ae13d7ffde561390838d444c9f06f9f08a4d0202053
