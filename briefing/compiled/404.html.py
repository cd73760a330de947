from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '404.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    pass
    parent_template = environment.get_template('base.html', '404.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    yield from parent_template.root_render_func(context)

def block_head(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_site = resolve('site')
    pass
    if environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'base_url'):
        pass
        yield '<base href="'
        yield escape(context.call(environment.getattr(environment.getattr((undefined(name='site') if l_0_site is missing else l_0_site), 'base_url'), 'rstrip'), '/', _block_vars=_block_vars))
        yield '/">'

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0__ = resolve('_')
    l_0_url = resolve('url')
    l_0_routes = resolve('routes')
    l_0_gettext = resolve('gettext')
    l_0__trans = missing
    pass
    yield '<h1>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Page not found', _block_vars=_block_vars))
    yield '</h1>\n<p>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'This page does not exist (any more). Facts keep their address as long as their id stays the same.', _block_vars=_block_vars))
    yield '</p>\n<p>'
    l_0__trans = context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'HOME'), _block_vars=_block_vars)
    _block_vars['_trans'] = l_0__trans
    yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Start from the <a href="%(overview)s">overview</a>, the <a href="%(timeline)s">timeline</a> or the <a href="%(sources)s">list of sources</a>.', overview=(undefined(name='_trans') if l_0__trans is missing else l_0__trans), timeline=context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'TIMELINE'), _block_vars=_block_vars), sources=context.call((undefined(name='url') if l_0_url is missing else l_0_url), environment.getattr((undefined(name='routes') if l_0_routes is missing else l_0_routes), 'SOURCES'), _block_vars=_block_vars), _block_vars=_block_vars))
    yield '</p>\n'

blocks = {'head': block_head, 'main': block_main}
debug_info = '1=12&2=17&3=32&4=46&5=48&6=52'
# briefing precompiled template d180e3ddd699ad3878e1d981909322bc76e3e9f197a017c6750f9aceb8f06672
