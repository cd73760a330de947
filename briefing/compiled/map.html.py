from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'map.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    parent_template = None
    l_0_i18n = l_0_place_map = missing
    pass
    parent_template = environment.get_template('base.html', 'map.html')
    for name, parent_block in parent_template.blocks.items():
        context.blocks.setdefault(name, []).append(parent_block)
    l_0_i18n = context.vars['i18n'] = environment.get_template('_i18n.html', 'map.html')._get_default_module(context)
    context.exported_vars.discard('i18n')
    included_template = environment.get_template('_map.html', 'map.html')._get_default_module(context)
    l_0_place_map = getattr(included_template, 'place_map', missing)
    if l_0_place_map is missing:
        l_0_place_map = undefined(f"the template {included_template.__name__!r} (imported on line 3 in 'map.html') does not export the requested name 'place_map'", name='place_map')
    context.vars['place_map'] = l_0_place_map
    context.exported_vars.discard('place_map')
    yield from parent_template.root_render_func(context)

def block_main(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0__ = resolve('_')
    l_0_overview_map = resolve('overview_map')
    l_0_place_map = resolve('place_map')
    l_0_regional_maps = resolve('regional_maps')
    l_0_mapped = resolve('mapped')
    l_0_gettext = resolve('gettext')
    l_0_unmapped = resolve('unmapped')
    pass
    yield '<h1>'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Map', _block_vars=_block_vars))
    yield '</h1>\n<p class="lede">'
    yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), "Where the places the facts name are. Each point links to the place's page, with the facts that name it.", _block_vars=_block_vars))
    yield '</p>\n'
    if (undefined(name='overview_map') if l_0_overview_map is missing else l_0_overview_map):
        pass
        yield escape(context.call((undefined(name='place_map') if l_0_place_map is missing else l_0_place_map), (undefined(name='overview_map') if l_0_overview_map is missing else l_0_overview_map), _block_vars=_block_vars))
        yield '\n'
        for l_1_m in (undefined(name='regional_maps') if l_0_regional_maps is missing else l_0_regional_maps):
            _loop_vars = {}
            pass
            yield escape(context.call((undefined(name='place_map') if l_0_place_map is missing else l_0_place_map), l_1_m, _loop_vars=_loop_vars))
        l_1_m = missing
        yield '<h2 id="places-heading">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Places', _block_vars=_block_vars))
        yield '</h2>\n<table class="data reflow places-table">\n  <caption>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Places on the map, with their coordinates (decimal degrees) and the facts naming them', _block_vars=_block_vars))
        yield '</caption>\n  <thead><tr><th scope="col">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Place', _block_vars=_block_vars))
        yield '</th><th scope="col">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Latitude', _block_vars=_block_vars))
        yield '</th><th scope="col">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Longitude', _block_vars=_block_vars))
        yield '</th><th scope="col">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Facts', _block_vars=_block_vars))
        yield '</th><th scope="col">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Where the coordinates come from', _block_vars=_block_vars))
        yield '</th></tr></thead>\n  <tbody>\n'
        for (l_1_place, l_1_count) in (undefined(name='mapped') if l_0_mapped is missing else l_0_mapped):
            l_1_url = resolve('url')
            l_1_i18n = resolve('i18n')
            _loop_vars = {}
            pass
            yield '    <tr><th scope="row"><a href="'
            yield escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), l_1_place, _loop_vars=_loop_vars))
            yield '">'
            yield escape(context.call(environment.getattr((undefined(name='i18n') if l_1_i18n is missing else l_1_i18n), 'name'), l_1_place, 'name', _loop_vars=_loop_vars))
            yield '</a></th><td data-label="'
            yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Latitude', _loop_vars=_loop_vars))
            yield '">'
            yield escape(environment.getattr(environment.getattr(l_1_place, 'coordinates'), 'lat'))
            yield '</td><td data-label="'
            yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Longitude', _loop_vars=_loop_vars))
            yield '">'
            yield escape(environment.getattr(environment.getattr(l_1_place, 'coordinates'), 'lon'))
            yield '</td><td data-label="'
            yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Facts', _loop_vars=_loop_vars))
            yield '">'
            yield escape(l_1_count)
            yield '</td><td data-label="'
            yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Coordinates', _loop_vars=_loop_vars))
            yield '">'
            yield escape((context.call(environment.getattr((undefined(name='i18n') if l_1_i18n is missing else l_1_i18n), 'original'), environment.getattr(environment.getattr(l_1_place, 'coordinates'), 'note'), _loop_vars=_loop_vars) if environment.getattr(environment.getattr(l_1_place, 'coordinates'), 'note') else '—'))
            yield '</td></tr>\n'
        l_1_place = l_1_count = l_1_url = l_1_i18n = missing
        yield '  </tbody>\n</table>\n'
    else:
        pass
        yield '<p>'
        yield escape(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'No place has coordinates yet (give a place entity <code>coordinates: {lat: …, lon: …}</code>).', _block_vars=_block_vars))
        yield '</p>\n'
    if (undefined(name='unmapped') if l_0_unmapped is missing else l_0_unmapped):
        pass
        yield '<h2 id="unmapped-heading">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Places not on the map', _block_vars=_block_vars))
        yield '</h2>\n<p>'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'These places have no coordinates:', _block_vars=_block_vars))
        yield '</p>\n<ul>'
        for l_1_place in (undefined(name='unmapped') if l_0_unmapped is missing else l_0_unmapped):
            l_1_url = resolve('url')
            l_1_i18n = resolve('i18n')
            _loop_vars = {}
            pass
            yield '<li><a href="'
            yield escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), l_1_place, _loop_vars=_loop_vars))
            yield '">'
            yield escape(context.call(environment.getattr((undefined(name='i18n') if l_1_i18n is missing else l_1_i18n), 'name'), l_1_place, 'name', _loop_vars=_loop_vars))
            yield '</a></li>'
        l_1_place = l_1_url = l_1_i18n = missing
        yield '</ul>\n'

blocks = {'main': block_main}
debug_info = '1=13&2=16&3=18&4=26&5=42&6=44&7=46&8=48&9=50&10=56&12=58&13=60&15=70&16=76&21=101&23=103&24=106&25=108&26=110'
# briefing precompiled template 30c2d1eb2d5fe079d1e5fceecfb0de7ba71b6090fc5b77d97d974cc1fc7e4ab5
